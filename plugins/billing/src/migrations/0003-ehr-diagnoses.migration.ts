import { defineMigration } from '@hms/sdk';

/**
 * What claims need of the EHR's published events: which encounter an appointment or a stay became, and the
 * diagnoses recorded (ICD-10 codes and ids only, no notes or titles). Rebuilt from the EHR's events.
 */
export const createEhrDiagnosesMigration = defineMigration('0003-ehr-diagnoses', [
  `CREATE TABLE billing.ehr_encounters (
    encounter_id uuid PRIMARY KEY,
    patient_id uuid NOT NULL,
    appointment_id uuid,
    stay_id uuid
  )`,
  `CREATE INDEX ehr_encounters_sources_idx ON billing.ehr_encounters (appointment_id, stay_id)`,
  `CREATE TABLE billing.ehr_diagnoses (
    problem_id uuid PRIMARY KEY,
    patient_id uuid NOT NULL,
    encounter_id uuid,
    code text NOT NULL,
    recorded_on date NOT NULL,
    resolved_on date,
    position bigint NOT NULL
  )`,
  `CREATE INDEX ehr_diagnoses_patient_idx ON billing.ehr_diagnoses (patient_id, position)`,
]);
