import { defineMigration } from '@hms/sdk';

/**
 * Read models of the clinical record, all rebuilt from events: the chart (one row per patient, the folded chart as
 * JSON, for the fast chart query), encounters and notes (looked up by id, listed per patient).
 */
export const createClinicalRecordMigration = defineMigration('0001-clinical-record', [
  `CREATE TABLE ehr.charts (
    patient_id uuid PRIMARY KEY,
    state jsonb NOT NULL,
    version integer NOT NULL
  )`,
  `CREATE TABLE ehr.encounters (
    id uuid PRIMARY KEY,
    patient_id uuid NOT NULL,
    class text NOT NULL,
    status text NOT NULL,
    appointment_id uuid,
    stay_id uuid,
    reason text,
    opened_at timestamptz NOT NULL,
    closed_at timestamptz
  )`,
  `CREATE INDEX encounters_patient_idx ON ehr.encounters (patient_id, opened_at DESC)`,
  `CREATE INDEX encounters_stay_idx ON ehr.encounters (stay_id) WHERE stay_id IS NOT NULL`,
  `CREATE TABLE ehr.notes (
    id uuid PRIMARY KEY,
    patient_id uuid NOT NULL,
    encounter_id uuid,
    title text NOT NULL,
    status text NOT NULL,
    signed_versions integer NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL
  )`,
  `CREATE INDEX notes_patient_idx ON ehr.notes (patient_id, created_at DESC)`,
]);
