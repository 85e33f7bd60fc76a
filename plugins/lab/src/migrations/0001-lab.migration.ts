import { defineMigration } from '@hms/sdk';

/**
 * Read models of the laboratory, rebuilt from events: orders (the worklist, a patient's orders, and who requested
 * what for the care relationship) and released results (the cumulative view).
 */
export const createLabMigration = defineMigration('0001-lab', [
  `CREATE TABLE lab.orders (
    id uuid PRIMARY KEY,
    accession text NOT NULL UNIQUE,
    patient_id uuid NOT NULL,
    status text NOT NULL,
    priority text NOT NULL,
    tests jsonb NOT NULL,
    panels jsonb NOT NULL,
    clinical_question text,
    requester_id text NOT NULL,
    placed_at timestamptz NOT NULL,
    collected_at timestamptz,
    received_at timestamptz,
    validated_by text,
    released_at timestamptz,
    critical boolean NOT NULL DEFAULT false,
    critical_acknowledged_at timestamptz
  )`,
  `CREATE INDEX orders_status_idx ON lab.orders (status, placed_at)`,
  `CREATE INDEX orders_patient_idx ON lab.orders (patient_id, placed_at DESC)`,
  // The care-relationship statement looks orders up by patient and requester.
  `CREATE INDEX orders_requester_idx ON lab.orders (patient_id, requester_id)`,
  `CREATE TABLE lab.results (
    order_id uuid NOT NULL,
    code text NOT NULL,
    patient_id uuid NOT NULL,
    value double precision NOT NULL,
    unit text NOT NULL,
    flag text,
    reference_low double precision,
    reference_high double precision,
    collected_at timestamptz NOT NULL,
    released_at timestamptz NOT NULL,
    PRIMARY KEY (order_id, code)
  )`,
  `CREATE INDEX results_patient_idx ON lab.results (patient_id, code, collected_at)`,
]);
