import { defineMigration } from '@hms/sdk';

/**
 * What the financial report reads of billing's published events: charges (revenue by service, category, payer and
 * day), issued invoices with what is still owed and when they were settled (receivables ageing, days to payment),
 * money applied to invoices (collections) and the payer's latest decision on each claim line (denials). Ids, codes
 * and amounts only: no names.
 */
export const createBillingFinanceMigration = defineMigration('0004-billing-finance', [
  `CREATE TABLE analytics.billing_charges (
    charge_id uuid PRIMARY KEY,
    service_code text NOT NULL,
    category text NOT NULL,
    payer_id uuid,
    service_date date NOT NULL,
    total bigint NOT NULL,
    currency text NOT NULL,
    reversed boolean NOT NULL DEFAULT false
  )`,
  `CREATE INDEX billing_charges_date_idx ON analytics.billing_charges (service_date)`,
  `CREATE TABLE analytics.billing_invoices (
    invoice_id uuid PRIMARY KEY,
    issued_on date NOT NULL,
    total bigint NOT NULL,
    balance bigint NOT NULL,
    currency text NOT NULL,
    void boolean NOT NULL DEFAULT false,
    settled_on date
  )`,
  `CREATE TABLE analytics.billing_collections (
    position bigint NOT NULL,
    invoice_id uuid NOT NULL,
    collected_on date NOT NULL,
    amount bigint NOT NULL,
    currency text NOT NULL,
    PRIMARY KEY (position, invoice_id)
  )`,
  `CREATE TABLE analytics.billing_claim_lines (
    claim_id uuid NOT NULL,
    item_sequence integer NOT NULL,
    payer_id uuid NOT NULL,
    status text NOT NULL,
    reason_code text,
    decided_on date NOT NULL,
    PRIMARY KEY (claim_id, item_sequence)
  )`,
]);
