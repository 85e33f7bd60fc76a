import { defineMigration } from '@hms/sdk';

/** Card payments with the provider (a read model of their streams): the send job reads those not yet sent. */
export const createCardPaymentsMigration = defineMigration('0002-card-payments', [
  `CREATE TABLE billing.card_payments (
    id uuid PRIMARY KEY,
    patient_id uuid NOT NULL,
    amount bigint NOT NULL,
    currency text NOT NULL,
    status text NOT NULL,
    provider text,
    provider_payment_id text,
    started_at timestamptz NOT NULL,
    position bigint NOT NULL
  )`,
  `CREATE INDEX card_payments_to_send_idx ON billing.card_payments (position) WHERE status = 'started'`,
  `CREATE INDEX card_payments_patient_idx ON billing.card_payments (patient_id, position)`,
]);
