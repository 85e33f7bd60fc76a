import { defineMigration } from '@hms/sdk';

/**
 * Diagnoses per encounter, from the EHR plugin's events: encounters (with the patient plugin's stay, for the ward
 * filter) and the ICD-10 coded diagnoses and problems recorded, with no text (codes only).
 */
export const createDiagnosesMigration = defineMigration('0002-diagnoses', [
  `CREATE TABLE analytics.encounters (
    encounter_id uuid PRIMARY KEY,
    class text NOT NULL,
    stay_id uuid,
    opened_at timestamptz NOT NULL
  )`,
  `CREATE TABLE analytics.diagnoses (
    problem_id uuid PRIMARY KEY,
    encounter_id uuid,
    kind text NOT NULL,
    code text NOT NULL,
    recorded_at timestamptz NOT NULL
  )`,
  `CREATE INDEX diagnoses_recorded_idx ON analytics.diagnoses (recorded_at) WHERE kind = 'diagnosis'`,
]);
