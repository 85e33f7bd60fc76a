import { defineMigration } from '@hms/sdk';

/**
 * Which patient records were merged into which (the patient plugin's merges of duplicates): a person's stays may
 * sit under a record that was later found to be a duplicate, and a readmission is the person's, not the record's.
 */
export const createPatientMergesMigration = defineMigration('0003-patient-merges', [
  `CREATE TABLE analytics.patient_merges (
    merged_id uuid PRIMARY KEY,
    survivor_id uuid NOT NULL
  )`,
  `CREATE INDEX patient_merges_survivor_idx ON analytics.patient_merges (survivor_id)`,
]);
