import type { FhirResource } from '@hms/sdk';
import { allergyImport } from './allergy-import';
import { conditionImport } from './condition-import';
import { medicationImport } from './medication-import';
import { observationImport } from './observation-import';

const target = { patientId: '0b6e2a3c-4d5e-4f60-8a7b-9c0d1e2f3a4b' };
const subject = { reference: 'urn:uuid:x' };
const resource = (fields: Record<string, unknown>) => fields as FhirResource;

describe("the chart's FHIR imports", () => {
  it('takes a Condition by its ICD-10 coding, naming the other codings left, and refuses a resolved one', () => {
    const mapped = conditionImport.map(
      resource({
        resourceType: 'Condition',
        subject,
        category: [
          {
            coding: [
              { system: 'http://terminology.hl7.org/CodeSystem/condition-category', code: 'encounter-diagnosis' },
            ],
          },
        ],
        code: {
          coding: [
            { system: 'http://snomed.info/sct', code: '44054006' },
            { system: 'http://hl7.org/fhir/sid/icd-10', code: 'E11.9' },
          ],
        },
        onsetDateTime: '2019-03-01T10:00:00Z',
        note: [{ text: 'Diet first' }],
      }),
      target,
    );
    expect(mapped).toEqual({
      data: { ...target, kind: 'diagnosis', code: 'E11.9', onset: '2019-03-01', note: 'Diet first' },
      summary: 'A chart diagnosis E11.9',
      left: ['the coding http://snomed.info/sct|44054006'],
    });
    const snomed = conditionImport.map(
      resource({
        resourceType: 'Condition',
        subject,
        code: { coding: [{ system: 'http://snomed.info/sct', code: '1' }] },
      }),
      target,
    );
    expect(snomed).toEqual({ notMappable: expect.stringContaining('coded http://snomed.info/sct|1') });
    const resolved = conditionImport.map(
      resource({
        resourceType: 'Condition',
        subject,
        clinicalStatus: { coding: [{ code: 'resolved' }] },
        code: { coding: [{ system: 'http://hl7.org/fhir/sid/icd-10', code: 'I10' }] },
      }),
      target,
    );
    expect(resolved).toEqual({ notMappable: 'A resolved problem: the chart would record I10 as active' });
  });

  it('takes an allergy in words with its category, naming its substance codes left, and needs the category', () => {
    const allergy = {
      resourceType: 'AllergyIntolerance',
      patient: subject,
      code: { coding: [{ system: 'http://snomed.info/sct', code: '764146007', display: 'Penicillin' }] },
      category: ['medication'],
      criticality: 'high',
      type: 'intolerance',
      reaction: [{ manifestation: [{ text: 'Hives' }], severity: 'mild' }],
    };
    expect(allergyImport.map(resource(allergy), target)).toEqual({
      data: {
        ...target,
        substance: 'Penicillin',
        type: 'intolerance',
        category: 'medication',
        criticality: 'high',
        reaction: 'Hives',
        severity: 'mild',
      },
      summary: 'A chart intolerance to Penicillin',
      left: ["the substance's coding http://snomed.info/sct|764146007 (kept in words)"],
    });
    expect(allergyImport.map(resource({ ...allergy, category: undefined }), target)).toHaveProperty('notMappable');
  });

  it('takes an Observation with a LOINC code and a UCUM quantity at its instant in UTC', () => {
    const observation = {
      resourceType: 'Observation',
      status: 'final',
      subject,
      code: { coding: [{ system: 'http://loinc.org', code: '8867-4' }] },
      effectiveDateTime: '2024-05-01T09:30:00+02:00',
      valueQuantity: { value: 72, unit: 'beats/min', system: 'http://unitsofmeasure.org', code: '/min' },
    };
    expect(observationImport.map(resource(observation), target)).toEqual({
      data: { ...target, code: '8867-4', value: 72, unit: '/min', effectiveAt: '2024-05-01T07:30:00.000Z' },
      summary: 'A chart observation 8867-4 of 72 /min',
    });
    const dateOnly = observationImport.map(resource({ ...observation, effectiveDateTime: '2024-05-01' }), target);
    expect(dateOnly).toMatchObject({ left: ['the effective date 2024-05-01 (not an instant)'] });
    const noUnit = observationImport.map(resource({ ...observation, valueQuantity: { value: 72 } }), target);
    expect(noUnit).toHaveProperty('notMappable');
  });

  it('takes a prescription with a structured dosage or the chart’s own "dose, route, frequency" text', () => {
    const structured = medicationImport.map(
      resource({
        resourceType: 'MedicationRequest',
        status: 'active',
        intent: 'order',
        subject,
        medicationCodeableConcept: { text: 'Metformin 500 mg tablet' },
        dosageInstruction: [
          {
            doseAndRate: [{ doseQuantity: { value: 500, unit: 'mg' } }],
            route: { text: 'oral' },
            timing: { code: { text: 'twice a day' } },
          },
        ],
      }),
      target,
    );
    expect(structured).toMatchObject({ data: { dosage: { dose: '500 mg', route: 'oral', frequency: 'twice a day' } } });
    const fromText = medicationImport.map(
      resource({
        resourceType: 'MedicationRequest',
        status: 'stopped',
        intent: 'order',
        subject,
        medicationCodeableConcept: { text: 'Amlodipine' },
        dosageInstruction: [{ text: '5 mg, oral, once a day' }],
      }),
      target,
    );
    expect(fromText).toEqual({ notMappable: 'A stopped prescription: the chart would record Amlodipine as active' });
  });
});
