import { careTeamRelationship } from './care/care-team.relationship';
import { administrationRecordReplica, chartReplica } from './replicas/chart.replicas';
import { getAdministrationRecordHandler, recordAdministrationHandler } from './handlers/administration.handlers';
import { createMedicationAdministrationsMigration } from './migrations/0004-medication-administrations.migration';
import { administrationsProjection } from './projections/administrations.projection';
import { administrationRoutes } from './routes/administration.routes';
import {
  addCareTeamMemberHandler,
  getCareTeamHandler,
  removeCareTeamMemberHandler,
} from './handlers/care-team.handlers';
import { createCareTeamMigration } from './migrations/0003-care-team.migration';
import { careTeamProjection } from './projections/care-team.projection';
import { definePlugin, type PluginDefinition } from '@hms/sdk';
import { noteDocument } from './collab/note-document';
import { CHART_EVENTS, Icd10CodesLoaded } from './contracts/chart-events';
import { ENCOUNTER_EVENTS } from './contracts/encounter-events';
import {
  ADMINISTRATION_RECORD,
  ALLERGY_RECORD,
  CARE_TEAM_MANAGE,
  CHART_READ,
  EHR_PERMISSIONS,
  ENCOUNTER_MANAGE,
  MEDICATION_PRESCRIBE,
  NOTE_READ,
  NOTE_SIGN,
  NOTE_WRITE,
  OBSERVATION_RECORD,
  PLAN_MANAGE,
  PROBLEM_RECORD,
  TERMINOLOGY_MANAGE,
  TERMINOLOGY_READ,
} from './contracts/permissions';
import { changeAllergyStatusHandler, recordAllergyHandler } from './handlers/allergy.handlers';
import { getChartHandler } from './handlers/chart.query';
import { getEncounterSummaryHandler } from './handlers/encounter-summary.query';
import { closeEncounterHandler, openEncounterHandler } from './handlers/encounter.handlers';
import { getEncounterHandler, listEncountersHandler, listMyPatientsHandler } from './handlers/encounter.queries';
import {
  changeMedicationHandler,
  prescribeMedicationHandler,
  stopMedicationHandler,
} from './handlers/medication.handlers';
import { amendNoteHandler, createNoteHandler, signNoteHandler } from './handlers/note.handlers';
import { getNoteHandler, listMyNotesHandler, listNotesHandler } from './handlers/note.queries';
import { recordObservationHandler } from './handlers/observation.handler';
import { closePlanHandler, recordPlanProgressHandler, startPlanHandler } from './handlers/plan.handlers';
import { recordProblemHandler, resolveProblemHandler } from './handlers/problem.handlers';
import { loadIcd10CodesHandler, searchIcd10Handler, searchLoincHandler } from './handlers/terminology.handlers';
import { createClinicalRecordMigration } from './migrations/0001-clinical-record.migration';
import { createTerminologyMigration } from './migrations/0002-terminology.migration';
import { addNoteAuthorsMigration } from './migrations/0005-note-authors.migration';
import { chartProjection } from './projections/chart.projection';
import { encountersProjection } from './projections/encounters.projection';
import { icd10CodesProjection } from './projections/icd10-codes.projection';
import { notesProjection } from './projections/notes.projection';
import { EHR_FHIR_RESOURCES } from './fhir/ehr.fhir';
import {
  findFhirChartEntryHandler,
  findFhirNoteHandler,
  getFhirChartHandler,
  getFhirNotesHandler,
} from './fhir/fhir-chart.queries';
import { encountersFromPatientFlow } from './reactions/encounters-from-patient-flow.reaction';
import { observationsFromLabResults } from './reactions/observations-from-lab-results.reaction';
import { chartRoutes } from './routes/chart.routes';
import { encounterRoutes } from './routes/encounter.routes';
import { noteRoutes } from './routes/note.routes';
import { terminologyRoutes } from './routes/terminology.routes';
import { ehrSeed } from './seed/ehr.seed';

/** The package's version (plugin.spec.ts keeps it equal to package.json's). */
// 1.7: the medication administration record, supply quantities; 1.8: follows lab 0.2 and later, replicas, Portuguese
// client messages, the vitals flowsheet, chart commands, notes and doses offline-capable; 1.9: vital trends drawn with
// ECharts (time axis, unit, reference band); 1.10: prescribing checks (allergy, duplicate order, override with a
// reason); notes name their author and signer; a doctor's home: their notes to sign across patients (GET /notes/mine)
// and their patients (GET /encounters/mine); the visit and discharge summaries printed in the reader's language; the
// administration record's offline notice in Portuguese.
export const EHR_PLUGIN_VERSION = '1.10.0';

export const ehrPlugin: PluginDefinition = definePlugin({
  name: 'ehr',
  version: EHR_PLUGIN_VERSION,
  sdk: '^2.10.0', // care rule (2.1), FHIR contributions and the care team as a statement (2.4), FHIR imports (2.6), replicas (2.9), the reader's language (2.10)
  description:
    'The electronic health record: encounters, problems, allergies, medications, observations, plans and clinical notes',
  // With the patient plugin, chart entries are filed under ids it knows; with scheduling, check-ins open
  // encounters, with admissions (adt) admissions do; without them, encounters are opened by hand. With the
  // laboratory (lab), its released results join the observations.
  // Lab's `ResultReleased` is unchanged from 0.1 on (a 0.x caret range would stop at the next minor).
  optionalDependsOn: {
    patient: '^1.0.0',
    scheduling: '^1.0.0',
    adt: '^1.0.0',
    staff: '^0.2.1',
    lab: '>=0.1.0 <2.0.0',
  },
  permissions: [...EHR_PERMISSIONS],
  roles: [
    {
      name: 'nurse',
      description:
        'Reads the chart, records vital signs, observations, allergies and the doses given on the ward, reads and writes notes',
      permissions: [
        CHART_READ,
        OBSERVATION_RECORD,
        ALLERGY_RECORD,
        ADMINISTRATION_RECORD,
        NOTE_READ,
        NOTE_WRITE,
        TERMINOLOGY_READ,
      ],
    },
    {
      name: 'physician',
      description: 'The whole clinical record: diagnoses, prescriptions, plans, encounters, and signing notes',
      permissions: [
        CHART_READ,
        ENCOUNTER_MANAGE,
        OBSERVATION_RECORD,
        ALLERGY_RECORD,
        PROBLEM_RECORD,
        MEDICATION_PRESCRIBE,
        PLAN_MANAGE,
        NOTE_READ,
        NOTE_WRITE,
        NOTE_SIGN,
        CARE_TEAM_MANAGE,
        TERMINOLOGY_READ,
      ],
    },
    {
      name: 'clinical-coder',
      description: "Looks up codes and loads the hospital's ICD-10 list",
      permissions: [TERMINOLOGY_READ, TERMINOLOGY_MANAGE],
    },
  ],
  events: [...ENCOUNTER_EVENTS, ...CHART_EVENTS, Icd10CodesLoaded],
  commands: [
    openEncounterHandler,
    closeEncounterHandler,
    recordProblemHandler,
    resolveProblemHandler,
    recordAllergyHandler,
    changeAllergyStatusHandler,
    prescribeMedicationHandler,
    changeMedicationHandler,
    stopMedicationHandler,
    recordObservationHandler,
    startPlanHandler,
    recordPlanProgressHandler,
    closePlanHandler,
    createNoteHandler,
    signNoteHandler,
    amendNoteHandler,
    addCareTeamMemberHandler,
    removeCareTeamMemberHandler,
    loadIcd10CodesHandler,
    recordAdministrationHandler,
  ],
  queries: [
    getChartHandler,
    listEncountersHandler,
    listMyPatientsHandler,
    getEncounterHandler,
    getEncounterSummaryHandler,
    getCareTeamHandler,
    getNoteHandler,
    listNotesHandler,
    listMyNotesHandler,
    searchIcd10Handler,
    searchLoincHandler,
    getFhirChartHandler,
    findFhirChartEntryHandler,
    getFhirNotesHandler,
    findFhirNoteHandler,
    getAdministrationRecordHandler,
  ],
  projections: [
    chartProjection,
    encountersProjection,
    notesProjection,
    icd10CodesProjection,
    careTeamProjection,
    administrationsProjection,
  ],
  careRelationships: [careTeamRelationship],
  reactions: [encountersFromPatientFlow, observationsFromLabResults],
  routes: [...chartRoutes, ...encounterRoutes, ...noteRoutes, ...terminologyRoutes, ...administrationRoutes],
  paths: ['/charts', '/encounters', '/notes', '/terminology'],
  collab: [noteDocument],
  migrations: [
    createClinicalRecordMigration,
    createTerminologyMigration,
    createCareTeamMigration,
    createMedicationAdministrationsMigration,
    addNoteAuthorsMigration,
  ],
  seed: ehrSeed,
  // FHIR resource types read through the queries above (SDK 2.3; docs/fhir.md).
  fhir: EHR_FHIR_RESOURCES,
  replicas: [chartReplica, administrationRecordReplica],
});
