import { defineMigration } from '@hms/sdk';

/**
 * Billing's read models, all rebuilt from events. Amounts are whole minor units (bigint) beside their currency.
 * The unique keys back up the handlers' checks under races: one price list per payer, one payment per provider
 * reference across every account.
 */
export const createBillingMigration = defineMigration('0001-billing', [
  `CREATE TABLE billing.services (
    service_code text PRIMARY KEY,
    name text NOT NULL,
    category text NOT NULL,
    ward_class text,
    retired boolean NOT NULL DEFAULT false
  )`,
  `CREATE TABLE billing.price_lists (
    id uuid PRIMARY KEY,
    name text NOT NULL,
    payer_kind text NOT NULL,
    payer_id uuid,
    currency text NOT NULL
  )`,
  // One list per payer: 'self-pay', or the insurer's id.
  `CREATE UNIQUE INDEX price_lists_payer_key ON billing.price_lists ((coalesce(payer_id::text, payer_kind)))`,
  `CREATE TABLE billing.prices (
    price_list_id uuid NOT NULL,
    service_code text NOT NULL,
    valid_from date NOT NULL,
    valid_to date,
    amount bigint NOT NULL,
    currency text NOT NULL,
    PRIMARY KEY (price_list_id, service_code, valid_from)
  )`,
  `CREATE TABLE billing.charge_rules (
    key text PRIMARY KEY,
    service_code text NOT NULL
  )`,
  `CREATE TABLE billing.invoices (
    id uuid PRIMARY KEY,
    patient_id uuid NOT NULL,
    number text UNIQUE,
    status text NOT NULL,
    issued_on date,
    due_on date,
    total bigint NOT NULL,
    paid bigint NOT NULL DEFAULT 0,
    balance bigint NOT NULL,
    currency text NOT NULL,
    drafted_at timestamptz NOT NULL
  )`,
  `CREATE INDEX invoices_patient_idx ON billing.invoices (patient_id)`,
  `CREATE INDEX invoices_status_idx ON billing.invoices (status, drafted_at DESC)`,
  `CREATE TABLE billing.payments (
    id uuid PRIMARY KEY,
    patient_id uuid NOT NULL,
    kind text NOT NULL,
    method text NOT NULL,
    amount bigint NOT NULL,
    currency text NOT NULL,
    provider_reference text,
    reason text,
    at timestamptz NOT NULL,
    position bigint NOT NULL,
    -- What a payment paid at once: [{ invoiceId, amount }] (its receipt lists them).
    allocations jsonb NOT NULL DEFAULT '[]'
  )`,
  `CREATE INDEX payments_patient_idx ON billing.payments (patient_id, position)`,
  // A provider's confirmation pays once, whichever account it names.
  `CREATE UNIQUE INDEX payments_provider_reference_key ON billing.payments (provider_reference)
     WHERE kind = 'payment' AND provider_reference IS NOT NULL`,
  `CREATE TABLE billing.ledger_postings (
    position bigint NOT NULL,
    line integer NOT NULL,
    account text NOT NULL,
    debit bigint NOT NULL,
    credit bigint NOT NULL,
    currency text NOT NULL,
    invoice_id uuid,
    at timestamptz NOT NULL,
    PRIMARY KEY (position, line)
  )`,
  `CREATE INDEX ledger_postings_account_idx ON billing.ledger_postings (account)`,
  `CREATE TABLE billing.claims (
    id uuid PRIMARY KEY,
    patient_id uuid NOT NULL,
    payer_id uuid NOT NULL,
    status text NOT NULL,
    total bigint NOT NULL,
    benefit bigint NOT NULL,
    currency text NOT NULL,
    created_at timestamptz NOT NULL
  )`,
  `CREATE INDEX claims_status_idx ON billing.claims (status, created_at)`,
  // A charge's payer share is claimed once.
  `CREATE TABLE billing.claim_items (
    charge_id uuid PRIMARY KEY,
    claim_id uuid NOT NULL
  )`,
  // What charge capture needs to know of other modules' events (ids and codes only).
  `CREATE TABLE billing.appointments (
    appointment_id uuid PRIMARY KEY,
    patient_id uuid NOT NULL,
    type text NOT NULL
  )`,
  `CREATE TABLE billing.bed_occupancy (
    bed_id uuid NOT NULL,
    stay_id uuid NOT NULL,
    ward_id uuid NOT NULL,
    occupied_at timestamptz NOT NULL,
    PRIMARY KEY (bed_id, stay_id, occupied_at)
  )`,
]);
