import { defineMigration, type MigrationDefinition } from '@hms/sdk';

/**
 * The event store's tables. `transaction_id` lets global readers stop below the oldest running transaction, so
 * an event whose transaction commits late is never skipped (positions are handed out before commit).
 */
export const eventStoreMigrations: readonly MigrationDefinition[] = [
  defineMigration('0001-event-store', [
    `CREATE TABLE core.events (
      position bigserial PRIMARY KEY,
      stream_id text NOT NULL,
      stream_type text NOT NULL,
      stream_version integer NOT NULL CHECK (stream_version > 0),
      event_type text NOT NULL,
      schema_version integer NOT NULL,
      data jsonb NOT NULL,
      metadata jsonb NOT NULL,
      recorded_at timestamptz NOT NULL DEFAULT clock_timestamp(),
      transaction_id xid8 NOT NULL DEFAULT pg_current_xact_id(),
      CONSTRAINT events_stream_version_unique UNIQUE (stream_id, stream_version)
    )`,
    `CREATE INDEX events_type_position ON core.events (event_type, position)`,
    `CREATE TABLE core.processed_commands (
      command_id text PRIMARY KEY,
      command_type text NOT NULL,
      actor_id text NOT NULL,
      fingerprint text NOT NULL,
      result jsonb,
      processed_at timestamptz NOT NULL DEFAULT now()
    )`,
    `CREATE TABLE core.projection_checkpoints (
      name text PRIMARY KEY,
      position bigint NOT NULL DEFAULT 0,
      updated_at timestamptz NOT NULL DEFAULT now()
    )`,
  ]),
  // A stream's folded state at a version, per fold (`key`): loads start there. Derived data: deleting rows only
  // makes the next loads fold from the first event again.
  defineMigration('0501-stream-snapshots', [
    `CREATE TABLE core.stream_snapshots (
      stream_id text NOT NULL,
      key text NOT NULL,
      version integer NOT NULL CHECK (version > 0),
      state jsonb NOT NULL,
      taken_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (stream_id, key)
    )`,
  ]),
  // Global readers go in (transaction id, position) order (see global-cursor.ts). A checkpoint carried over keeps
  // its position as a floor, so it neither re-reads nor skips anything the position-ordered reader had not reached.
  defineMigration('0802-global-order-by-transaction', [
    `CREATE INDEX events_transaction_position ON core.events (transaction_id, position)`,
    `CREATE INDEX events_type_transaction_position ON core.events (event_type, transaction_id, position)`,
    `DROP INDEX core.events_type_position`,
    `ALTER TABLE core.projection_checkpoints
       ADD COLUMN transaction_id xid8 NOT NULL DEFAULT '0',
       ADD COLUMN position_floor bigint NOT NULL DEFAULT 0`,
    `UPDATE core.projection_checkpoints SET position_floor = position, position = 0`,
  ]),
];
