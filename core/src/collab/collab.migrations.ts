import { defineMigration, type MigrationDefinition } from '@hms/sdk';

/**
 * Co-edited documents. A document's content is its snapshot (the updates up to `snapshot_revision`, merged by
 * compaction) followed by its remaining updates in `seq` order; `revision` is the last `seq` handed out. Writers
 * lock the document's row to number their updates, so a seal (which locks it too) is atomic with respect to them.
 * `kind` is the kind that first wrote or sealed it; it lets a connection ask that kind alone.
 */
export const collabMigrations: readonly MigrationDefinition[] = [
  defineMigration('0401-collab-documents', [
    `CREATE TABLE core.collab_documents (
      id text PRIMARY KEY,
      kind text,
      sealed boolean NOT NULL DEFAULT false,
      revision bigint NOT NULL DEFAULT 0 CHECK (revision >= 0),
      snapshot bytea,
      snapshot_revision bigint NOT NULL DEFAULT 0 CHECK (snapshot_revision >= 0 AND snapshot_revision <= revision),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`,
    `CREATE TABLE core.collab_updates (
      document_id text NOT NULL REFERENCES core.collab_documents (id),
      seq bigint NOT NULL CHECK (seq > 0),
      update bytea NOT NULL,
      actor_id text,
      recorded_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (document_id, seq)
    )`,
  ]),
];
