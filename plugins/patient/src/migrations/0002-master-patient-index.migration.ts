import { defineMigration } from '@hms/sdk';

/**
 * The master patient index's read models.
 * - directory: `merged_into` (set once a record is merged away; searches skip such rows) and the phonetic keys of
 *   the names (Soundex per word), filled by `patient.directory`.
 * - details: each patient's contacts, next of kin, identifiers and coverage, as lists (`patient.master-index`).
 * - identifiers: one row per identifier, unique per system across all patients: the database itself refuses a
 *   second patient with the same national id, should two registrations race past the handler's check.
 * - mrn_aliases: the MRN of every merged-away record, resolving to its survivor.
 * - timeline: everything that happened to a patient, in order (`patient.timeline`, async).
 */
export const createMasterPatientIndexMigration = defineMigration('0002-master-patient-index', [
  `ALTER TABLE patient.directory ADD COLUMN merged_into uuid, ADD COLUMN given_phonetic text,
     ADD COLUMN family_phonetic text`,
  `CREATE INDEX directory_phonetic_idx ON patient.directory (family_phonetic, given_phonetic)`,
  `CREATE TABLE patient.details (
    patient_id uuid PRIMARY KEY,
    contacts jsonb,
    next_of_kin jsonb,
    identifiers jsonb,
    coverages jsonb,
    version integer NOT NULL
  )`,
  `CREATE TABLE patient.identifiers (
    system_key text NOT NULL,
    value_key text NOT NULL,
    patient_id uuid NOT NULL,
    CONSTRAINT identifiers_pkey PRIMARY KEY (system_key, value_key)
  )`,
  `CREATE INDEX identifiers_patient_idx ON patient.identifiers (patient_id)`,
  `CREATE TABLE patient.mrn_aliases (
    mrn text PRIMARY KEY,
    patient_id uuid NOT NULL,
    merged_patient_id uuid NOT NULL UNIQUE
  )`,
  `CREATE TABLE patient.timeline (
    patient_id uuid NOT NULL,
    position bigint NOT NULL,
    at timestamptz NOT NULL,
    type text NOT NULL,
    plugin text NOT NULL,
    summary jsonb NOT NULL,
    CONSTRAINT timeline_pkey PRIMARY KEY (patient_id, position)
  )`,
]);
