import { defineMigration } from '@hms/sdk';

/**
 * Upgrading from 1.x, where the patient plugin held these tables, moves them here as they are (an inline
 * read model has no checkpoint to replay from); a new installation creates them.
 *
 * Read models of admissions, transfers and discharges (rebuilt from events by `adt.bed-board` and
 * `adt.admissions`). Each row remembers the stream version that last wrote it, so replays change nothing.
 * - wards: one row per ward.
 * - ward_beds: one row per bed ever added (removed ones keep `removed_at`): the bed board, and the census
 *   (its occupied rows). A bed's row is written by two streams, hence two versions.
 * - admissions: one row per stay (admission to discharge), for length-of-stay, readmission and occupancy reports.
 */
export const createAdtMigration = defineMigration('0001-wards-beds', [
  `DO $$ BEGIN
  IF to_regclass('patient.wards') IS NOT NULL AND to_regclass('patient.ward_beds') IS NOT NULL AND to_regclass('patient.admissions') IS NOT NULL THEN
    ALTER TABLE patient.wards SET SCHEMA adt;
    ALTER TABLE patient.ward_beds SET SCHEMA adt;
    ALTER TABLE patient.admissions SET SCHEMA adt;
  ELSE
    CREATE TABLE adt.wards (
      id uuid PRIMARY KEY,
      code text NOT NULL,
      name text NOT NULL,
      specialty text NOT NULL,
      defined_at timestamptz NOT NULL,
      version integer NOT NULL
    );
    CREATE INDEX wards_code_idx ON adt.wards (code);
    CREATE TABLE adt.ward_beds (
      bed_id uuid PRIMARY KEY,
      ward_id uuid NOT NULL,
      label text NOT NULL,
      added_at timestamptz NOT NULL,
      removed_at timestamptz,
      ward_version integer NOT NULL,
      status text NOT NULL DEFAULT 'vacant',
      out_of_service_reason text,
      patient_id uuid,
      stay_id uuid,
      occupied_since timestamptz,
      bed_version integer NOT NULL DEFAULT 0
    );
    CREATE INDEX ward_beds_ward_idx ON adt.ward_beds (ward_id, label);
    CREATE INDEX ward_beds_patient_idx ON adt.ward_beds (patient_id) WHERE patient_id IS NOT NULL;
    CREATE TABLE adt.admissions (
      stay_id uuid PRIMARY KEY,
      patient_id uuid NOT NULL,
      admitted_at timestamptz NOT NULL,
      admission_ward_id uuid NOT NULL,
      admission_bed_id uuid NOT NULL,
      admission_category text NOT NULL,
      admitting_practitioner_id text,
      previous_discharged_at timestamptz,
      current_ward_id uuid NOT NULL,
      current_bed_id uuid NOT NULL,
      in_bed_since timestamptz NOT NULL,
      transfers integer NOT NULL DEFAULT 0,
      discharged_at timestamptz,
      disposition text,
      version integer NOT NULL
    );
    CREATE INDEX admissions_patient_idx ON adt.admissions (patient_id, admitted_at);
    CREATE INDEX admissions_open_idx ON adt.admissions (current_ward_id) WHERE discharged_at IS NULL;
    CREATE INDEX admissions_discharged_idx ON adt.admissions (discharged_at);
  END IF;
END $$`,
]);
