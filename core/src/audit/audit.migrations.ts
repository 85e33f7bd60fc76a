import { defineMigration, type MigrationDefinition } from '@hms/sdk';

/** Raises on any change to an append-only table; used as a row trigger (UPDATE, DELETE) and a TRUNCATE trigger. */
const REFUSE_CHANGE_FUNCTION = `CREATE FUNCTION core.audit_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    RAISE EXCEPTION '% on %.% refused: the audit trail is append-only', TG_OP, TG_TABLE_SCHEMA, TG_TABLE_NAME
      USING ERRCODE = 'insufficient_privilege';
  END $$`;

/**
 * A head only moves forward: one link (a single record), or several links to a record that exists and continues
 * from where the head was (a batch of records written before the head moves). Re-stating the head unchanged
 * locks it. It is never rewound, rewritten or removed.
 */
const HEAD_ADVANCE_FUNCTION = `CREATE FUNCTION core.audit_head_advance_only() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF NEW.shard = OLD.shard AND NEW.day = OLD.day THEN
      IF NEW.seq = OLD.seq AND NEW.hash = OLD.hash AND NEW.prev_hash = OLD.prev_hash THEN
        RETURN NEW;
      END IF;
      IF NEW.seq = OLD.seq + 1 AND NEW.prev_hash = OLD.hash THEN
        RETURN NEW;
      END IF;
      IF NEW.seq > OLD.seq
         AND EXISTS (SELECT 1 FROM core.audit_log l WHERE l.day = NEW.day AND l.shard = NEW.shard
                       AND l.seq = NEW.seq AND l.hash = NEW.hash AND l.prev_hash = NEW.prev_hash)
         AND EXISTS (SELECT 1 FROM core.audit_log l WHERE l.day = NEW.day AND l.shard = NEW.shard
                       AND l.seq = OLD.seq + 1 AND l.prev_hash = OLD.hash) THEN
        RETURN NEW;
      END IF;
    END IF;
    RAISE EXCEPTION 'core.audit_heads (%, %) may only advance along its chain', OLD.shard, OLD.day
      USING ERRCODE = 'insufficient_privilege';
  END $$`;

function appendOnly(table: string): string[] {
  const name = table.replace('core.', '');
  return [
    `CREATE TRIGGER ${name}_no_update_delete BEFORE UPDATE OR DELETE ON ${table}
       FOR EACH ROW EXECUTE FUNCTION core.audit_refuse_change()`,
    `CREATE TRIGGER ${name}_no_truncate BEFORE TRUNCATE ON ${table}
       FOR EACH STATEMENT EXECUTE FUNCTION core.audit_refuse_change()`,
  ];
}

/**
 * The audit trail: one hash chain per (shard, day) partition, so concurrent requests on different shards never
 * wait for each other; `audit_heads` holds each chain's last link (and is the row the writers lock).
 * The unique key is declared (day, shard, seq) so its index serves verification's walk in that order.
 */
export const auditMigrations: readonly MigrationDefinition[] = [
  defineMigration('0201-audit-log', [
    `CREATE TABLE core.audit_log (
      id bigserial PRIMARY KEY,
      shard smallint NOT NULL CHECK (shard >= 0),
      day date NOT NULL,
      seq integer NOT NULL CHECK (seq > 0),
      at timestamptz NOT NULL,
      actor_id text,
      action text NOT NULL,
      patient_ids text[] NOT NULL DEFAULT '{}',
      outcome text NOT NULL
        CHECK (outcome IN ('success', 'denied', 'invalid', 'not-found', 'conflict', 'error', 'unauthenticated')),
      source text,
      correlation_id text,
      details jsonb NOT NULL DEFAULT '{}',
      prev_hash text NOT NULL,
      hash text NOT NULL,
      CONSTRAINT audit_log_chain_key UNIQUE (day, shard, seq)
    )`,
    // "Who looked at this patient?" and "what did this user do?" are the questions the log is kept for.
    `CREATE INDEX audit_log_patient_ids_idx ON core.audit_log USING gin (patient_ids)`,
    `CREATE INDEX audit_log_actor_at_idx ON core.audit_log (actor_id, at)`,
    `CREATE TABLE core.audit_heads (
      shard smallint NOT NULL,
      day date NOT NULL,
      seq integer NOT NULL,
      prev_hash text NOT NULL,
      hash text NOT NULL,
      PRIMARY KEY (shard, day)
    )`,
    REFUSE_CHANGE_FUNCTION,
    HEAD_ADVANCE_FUNCTION,
    ...appendOnly('core.audit_log'),
    `CREATE TRIGGER audit_heads_advance_only BEFORE UPDATE ON core.audit_heads
       FOR EACH ROW EXECUTE FUNCTION core.audit_head_advance_only()`,
    `CREATE TRIGGER audit_heads_no_delete BEFORE DELETE ON core.audit_heads
       FOR EACH ROW EXECUTE FUNCTION core.audit_refuse_change()`,
    `CREATE TRIGGER audit_heads_no_truncate BEFORE TRUNCATE ON core.audit_heads
       FOR EACH STATEMENT EXECUTE FUNCTION core.audit_refuse_change()`,
  ]),
  defineMigration('0202-audit-checkpoints', [
    `CREATE TABLE core.audit_checkpoints (
      id bigserial PRIMARY KEY,
      at timestamptz NOT NULL,
      prev_digest text NOT NULL,
      heads_digest text NOT NULL
    )`,
    `CREATE TABLE core.audit_checkpoint_heads (
      checkpoint_id bigint NOT NULL REFERENCES core.audit_checkpoints (id),
      shard smallint NOT NULL,
      day date NOT NULL,
      seq integer NOT NULL,
      hash text NOT NULL,
      PRIMARY KEY (shard, day, seq)
    )`,
    `CREATE INDEX audit_checkpoint_heads_checkpoint_idx ON core.audit_checkpoint_heads (checkpoint_id)`,
    ...appendOnly('core.audit_checkpoints'),
    ...appendOnly('core.audit_checkpoint_heads'),
  ]),
];
