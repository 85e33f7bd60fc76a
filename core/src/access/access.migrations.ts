import { defineMigration } from '@hms/sdk';

/**
 * Who may reach which patient beyond what the plugins' care relationships say: grants with an end, and emergency
 * (break-the-glass) accesses with their reason and review. Plain tables beside the accounts, like sessions: their
 * history is in the audit log, which records every grant, emergency access and review.
 */
export const accessMigrations = [
  defineMigration('0701-care-access', [
    // Schedules and admissions name practitioners; an account linked to one is that practitioner in them.
    `ALTER TABLE core.accounts ADD COLUMN practitioner_id text`,
    `CREATE UNIQUE INDEX accounts_practitioner_key ON core.accounts (practitioner_id) WHERE practitioner_id IS NOT NULL`,
    `CREATE TABLE core.care_grants (
      id uuid PRIMARY KEY,
      patient_id text NOT NULL,
      account_id uuid NOT NULL REFERENCES core.accounts (id) ON DELETE CASCADE,
      granted_by text NOT NULL,
      reason text NOT NULL,
      starts_at timestamptz NOT NULL,
      ends_at timestamptz NOT NULL,
      revoked_at timestamptz,
      revoked_by text,
      CONSTRAINT care_grants_period CHECK (ends_at > starts_at)
    )`,
    `CREATE INDEX care_grants_account_idx ON core.care_grants (account_id, patient_id)`,
    `CREATE INDEX care_grants_patient_idx ON core.care_grants (patient_id, starts_at)`,
    `CREATE TABLE core.emergency_accesses (
      id uuid PRIMARY KEY,
      patient_id text NOT NULL,
      account_id text NOT NULL,
      reason text NOT NULL,
      started_at timestamptz NOT NULL,
      ends_at timestamptz NOT NULL,
      reviewed_at timestamptz,
      reviewed_by text,
      finding text CHECK (finding IN ('justified', 'not-justified')),
      review_note text,
      CONSTRAINT emergency_accesses_period CHECK (ends_at > started_at),
      CONSTRAINT emergency_accesses_review CHECK ((reviewed_at IS NULL) = (finding IS NULL))
    )`,
    `CREATE INDEX emergency_accesses_account_idx ON core.emergency_accesses (account_id, patient_id, ends_at)`,
    `CREATE INDEX emergency_accesses_patient_idx ON core.emergency_accesses (patient_id, started_at)`,
    `CREATE INDEX emergency_accesses_unreviewed_idx ON core.emergency_accesses (started_at) WHERE reviewed_at IS NULL`,
  ]),
];
