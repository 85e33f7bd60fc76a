import { defineMigration } from '@hms/sdk';

/**
 * The medication administration record (1.7), kept by `ehr.administrations`: one row per dose given, held or
 * refused, read per patient and medication. Rebuilt from the chart streams' `MedicationAdministrationRecorded`.
 */
export const createMedicationAdministrationsMigration = defineMigration('0004-medication-administrations', [
  `CREATE TABLE ehr.medication_administrations (
    administration_id uuid PRIMARY KEY,
    patient_id uuid NOT NULL,
    medication_id uuid NOT NULL,
    encounter_id uuid NOT NULL,
    outcome text NOT NULL,
    administered_at timestamptz NOT NULL,
    dose text,
    reason text,
    recorded_at timestamptz NOT NULL,
    recorded_by text NOT NULL
  )`,
  `CREATE INDEX medication_administrations_patient_idx ON ehr.medication_administrations (patient_id, administered_at)`,
]);
