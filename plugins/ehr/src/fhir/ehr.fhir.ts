import { defineFhirResource, type FhirResource } from '@hms/sdk';
import { GetEncounter, ListEncounters } from '../contracts/queries';
import { carePlanResource, goalResources, type FhirCarePlan, type FhirGoal } from './care-plan';
import { allergyIntoleranceResource, type FhirAllergyIntolerance } from './allergy-intolerance';
import { conditionResource, type FhirCondition } from './condition';
import { documentReferenceResource, type FhirDocumentReference } from './document-reference';
import { encounterResource, type FhirEncounter } from './encounter';
import { FindFhirChartEntry, FindFhirNote, GetFhirChart, GetFhirNotes, type FhirChart } from './fhir-chart.queries';
import { tokensOf } from './fhir-codes';
import { allergyImport } from './import/allergy-import';
import { conditionImport } from './import/condition-import';
import { medicationImport } from './import/medication-import';
import { observationImport } from './import/observation-import';
import { medicationRequestResource, type FhirMedicationRequest } from './medication-request';
import { observationResource, type FhirObservation } from './observation';
import { patientOf, patientParameters } from './search-scope';

const codingOf = (system: string, code: string) => [{ system, code }];
const defined = <T>(value: T | undefined): value is T => value !== undefined;

const conditionsOf = ({ patientId, state }: FhirChart): FhirCondition[] =>
  Object.values(state.problems).map((p) => conditionResource(patientId, p));
const allergiesOf = ({ patientId, state }: FhirChart): FhirAllergyIntolerance[] =>
  Object.values(state.allergies).map((a) => allergyIntoleranceResource(patientId, a));
const medicationsOf = ({ patientId, state }: FhirChart): FhirMedicationRequest[] =>
  Object.values(state.medications).map((m) => medicationRequestResource(patientId, m));
const observationsOf = ({ patientId, state }: FhirChart): FhirObservation[] =>
  Object.values(state.observations).flatMap((entries) => entries.map((o) => observationResource(patientId, o)));
const carePlansOf = ({ patientId, state }: FhirChart): FhirCarePlan[] =>
  Object.values(state.plans).map((p) => carePlanResource(patientId, p));
const goalsOf = ({ patientId, state }: FhirChart): FhirGoal[] =>
  Object.values(state.plans).flatMap((p) => goalResources(patientId, p));
const byId =
  <R extends FhirResource>(all: (chart: FhirChart) => R[]) =>
  (chart: FhirChart, id: string): R | undefined =>
    all(chart).find((resource) => resource.id === id);

const chartRead = <R extends FhirResource>(all: (chart: FhirChart) => R[]) => ({
  query: FindFhirChartEntry,
  params: (id: string) => ({ entryId: id }),
  resource: byId(all),
});

export const conditionFhirResource = defineFhirResource({
  type: 'Condition',
  read: chartRead(conditionsOf),
  search: {
    query: GetFhirChart,
    params: patientOf,
    resources: conditionsOf,
    parameters: [
      ...patientParameters((c: FhirCondition) => c.subject.reference),
      { name: 'code', type: 'token', description: 'The ICD-10 code', values: (c: FhirCondition) => tokensOf(c.code) },
      {
        name: 'clinical-status',
        type: 'token',
        description: 'active or resolved',
        values: (c: FhirCondition) => tokensOf(c.clinicalStatus),
      },
      {
        name: 'onset-date',
        type: 'date',
        description: 'When it began',
        values: (c: FhirCondition) => [c.onsetDateTime].filter(defined),
      },
      {
        name: 'recorded-date',
        type: 'date',
        description: 'When it was recorded',
        values: (c: FhirCondition) => [c.recordedDate],
      },
    ],
  },
  import: conditionImport,
});

export const allergyIntoleranceFhirResource = defineFhirResource({
  type: 'AllergyIntolerance',
  read: chartRead(allergiesOf),
  search: {
    query: GetFhirChart,
    params: patientOf,
    resources: allergiesOf,
    parameters: [
      {
        name: 'patient',
        type: 'reference',
        description: 'The patient (Patient/<id>)',
        values: (a: FhirAllergyIntolerance) => [a.patient.reference],
      },
      {
        name: 'clinical-status',
        type: 'token',
        description: 'active, inactive or resolved',
        values: (a: FhirAllergyIntolerance) => (a.clinicalStatus ? tokensOf(a.clinicalStatus) : []),
      },
      {
        name: 'date',
        type: 'date',
        description: 'When it was recorded',
        values: (a: FhirAllergyIntolerance) => [a.recordedDate],
      },
    ],
  },
  import: allergyImport,
});

export const medicationRequestFhirResource = defineFhirResource({
  type: 'MedicationRequest',
  read: chartRead(medicationsOf),
  search: {
    query: GetFhirChart,
    params: patientOf,
    resources: medicationsOf,
    parameters: [
      ...patientParameters((m: FhirMedicationRequest) => m.subject.reference),
      {
        name: 'status',
        type: 'token',
        description: 'active or stopped',
        values: (m: FhirMedicationRequest) => [
          { system: 'http://hl7.org/fhir/CodeSystem/medicationrequest-status', code: m.status },
        ],
      },
      {
        name: 'authoredon',
        type: 'date',
        description: 'When it was prescribed',
        values: (m: FhirMedicationRequest) => [m.authoredOn],
      },
    ],
  },
  import: medicationImport,
});

export const observationFhirResource = defineFhirResource({
  type: 'Observation',
  read: chartRead(observationsOf),
  search: {
    query: GetFhirChart,
    params: patientOf,
    resources: observationsOf,
    parameters: [
      ...patientParameters((o: FhirObservation) => o.subject.reference),
      { name: 'code', type: 'token', description: 'The LOINC code', values: (o: FhirObservation) => tokensOf(o.code) },
      {
        name: 'category',
        type: 'token',
        description: 'vital-signs or laboratory',
        values: (o: FhirObservation) => o.category.flatMap(tokensOf),
      },
      {
        name: 'status',
        type: 'token',
        description: 'final (the chart records final values)',
        values: (o: FhirObservation) => codingOf('http://hl7.org/fhir/observation-status', o.status),
      },
      {
        name: 'date',
        type: 'date',
        description: 'When it was measured',
        values: (o: FhirObservation) => [o.effectiveDateTime],
      },
    ],
  },
  import: observationImport,
});

export const encounterFhirResource = defineFhirResource({
  type: 'Encounter',
  read: {
    query: GetEncounter,
    params: (id) => ({ encounterId: id }),
    resource: (encounter) => encounterResource(encounter),
  },
  search: {
    query: ListEncounters,
    params: patientOf,
    resources: ({ items }) => items.map(encounterResource),
    parameters: [
      ...patientParameters((e: FhirEncounter) => e.subject.reference),
      {
        name: 'status',
        type: 'token',
        description: 'in-progress or finished',
        values: (e: FhirEncounter) => codingOf('http://hl7.org/fhir/encounter-status', e.status),
      },
      {
        name: 'class',
        type: 'token',
        description: 'AMB or IMP',
        values: (e: FhirEncounter) => tokensOf({ coding: [e.class] }),
      },
      { name: 'date', type: 'date', description: 'When it took place', values: (e: FhirEncounter) => [e.period] },
    ],
  },
});

const documentsOf = ({
  patientId,
  notes,
}: {
  patientId: string;
  notes: Parameters<typeof documentReferenceResource>[1][];
}) => notes.map((note) => documentReferenceResource(patientId, note)).filter(defined);

export const documentReferenceFhirResource = defineFhirResource({
  type: 'DocumentReference',
  read: {
    query: FindFhirNote,
    params: (id) => ({ noteId: id }),
    resource: (found) => documentsOf({ patientId: found.patientId, notes: [...found.notes] })[0],
  },
  search: {
    query: GetFhirNotes,
    params: patientOf,
    resources: (found) => documentsOf({ patientId: found.patientId, notes: [...found.notes] }),
    parameters: [
      ...patientParameters((d: FhirDocumentReference) => d.subject.reference),
      {
        name: 'status',
        type: 'token',
        description: 'current (the latest signed version)',
        values: (d: FhirDocumentReference) => codingOf('http://hl7.org/fhir/document-reference-status', d.status),
      },
      { name: 'date', type: 'date', description: 'When it was signed', values: (d: FhirDocumentReference) => [d.date] },
    ],
  },
});

export const carePlanFhirResource = defineFhirResource({
  type: 'CarePlan',
  read: chartRead(carePlansOf),
  search: {
    query: GetFhirChart,
    params: patientOf,
    resources: carePlansOf,
    parameters: [
      ...patientParameters((p: FhirCarePlan) => p.subject.reference),
      {
        name: 'status',
        type: 'token',
        description: 'active, completed or revoked (abandoned)',
        values: (p: FhirCarePlan) => codingOf('http://hl7.org/fhir/request-status', p.status),
      },
      { name: 'date', type: 'date', description: 'When it ran', values: (p: FhirCarePlan) => [p.period] },
      {
        name: 'goal',
        type: 'reference',
        description: 'One of its goals (Goal/<id>)',
        values: (p: FhirCarePlan) => p.goal.map((g) => g.reference),
      },
    ],
  },
});

export const goalFhirResource = defineFhirResource({
  type: 'Goal',
  read: chartRead(goalsOf),
  search: {
    query: GetFhirChart,
    params: patientOf,
    resources: goalsOf,
    parameters: [
      ...patientParameters((g: FhirGoal) => g.subject.reference),
      {
        name: 'lifecycle-status',
        type: 'token',
        description: 'active, completed or cancelled (its plan abandoned)',
        values: (g: FhirGoal) => codingOf('http://hl7.org/fhir/goal-status', g.lifecycleStatus),
      },
    ],
  },
});

/** The EHR's FHIR resource types, in the order the CapabilityStatement lists them. */
export const EHR_FHIR_RESOURCES = [
  encounterFhirResource,
  conditionFhirResource,
  allergyIntoleranceFhirResource,
  medicationRequestFhirResource,
  observationFhirResource,
  documentReferenceFhirResource,
  carePlanFhirResource,
  goalFhirResource,
];
