import { defineMigration } from '@hms/sdk';

/**
 * Issues to a patient (1.1), so one can be reversed by its id alone: who it was for is kept here, off the stock
 * card. Rebuilt from `StockIssued` / `StockIssueReversed` with the rest of the stock.
 */
export const createPatientIssuesMigration = defineMigration('0002-patient-issues', [
  `CREATE TABLE inventory.patient_issues (
    issue_id uuid PRIMARY KEY,
    item_id uuid NOT NULL,
    location_id uuid NOT NULL,
    patient_id uuid NOT NULL,
    encounter_id uuid,
    quantity integer NOT NULL,
    lots jsonb NOT NULL,
    issued_at timestamptz NOT NULL,
    reversed boolean NOT NULL DEFAULT false
  )`,
]);
