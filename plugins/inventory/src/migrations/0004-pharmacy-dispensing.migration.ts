import { defineMigration } from '@hms/sdk';

/**
 * Pharmacy dispensing (1.4). The worklist's prescriptions (projected from the EHR's published medication events),
 * each dispense and each return (from the dispensation streams), a medicine's drug code and formulary flag on the
 * catalogue, and which prescription an issue to a patient dispensed. Nothing existing is rewritten: items defined
 * before 1.4 have no drug code and no formulary flag (null, "not stated").
 */
export const createPharmacyDispensingMigration = defineMigration('0004-pharmacy-dispensing', [
  `ALTER TABLE inventory.items ADD COLUMN drug_code_system text, ADD COLUMN drug_code text, ADD COLUMN formulary boolean`,
  `ALTER TABLE inventory.patient_issues ADD COLUMN prescription_id uuid`,
  `CREATE TABLE inventory.prescriptions (
    prescription_id uuid PRIMARY KEY,
    patient_id uuid NOT NULL,
    encounter_id uuid,
    medication text NOT NULL,
    dosage jsonb NOT NULL,
    prescribed integer,
    dispensed integer NOT NULL DEFAULT 0,
    returned integer NOT NULL DEFAULT 0,
    status text NOT NULL,
    prescribed_at timestamptz NOT NULL,
    prescribed_by text NOT NULL
  )`,
  `CREATE INDEX prescriptions_worklist_idx ON inventory.prescriptions (status, prescribed_at)`,
  `CREATE TABLE inventory.dispenses (
    dispense_id uuid PRIMARY KEY,
    prescription_id uuid NOT NULL,
    item_id uuid NOT NULL,
    location_id uuid NOT NULL,
    quantity integer NOT NULL,
    returned integer NOT NULL DEFAULT 0,
    lots jsonb NOT NULL,
    dispensed_at timestamptz NOT NULL,
    dispensed_by text NOT NULL,
    position bigint NOT NULL
  )`,
  `CREATE INDEX dispenses_prescription_idx ON inventory.dispenses (prescription_id, position)`,
  `CREATE TABLE inventory.dispense_returns (
    return_id uuid PRIMARY KEY,
    dispense_id uuid NOT NULL,
    prescription_id uuid NOT NULL,
    quantity integer NOT NULL,
    lots jsonb NOT NULL,
    reason text NOT NULL,
    returned_at timestamptz NOT NULL,
    returned_by text NOT NULL,
    position bigint NOT NULL
  )`,
  `CREATE INDEX dispense_returns_prescription_idx ON inventory.dispense_returns (prescription_id, position)`,
]);
