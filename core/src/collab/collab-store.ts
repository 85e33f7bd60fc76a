import { Y } from './yjs';
import type { CollabContent, Sql, SqlParam } from '@hms/sdk';

/** The content of a document nothing was ever written to. */
export const EMPTY_UPDATE: Uint8Array = Y.encodeStateAsUpdate(new Y.Doc());

/** One update to persist and who made it. */
export interface UpdateToPersist {
  readonly update: Uint8Array;
  readonly actorId: string | null;
}

/** What an append did: numbered the updates `fromRevision + 1 … toRevision`, or found the document sealed. */
export type AppendResult =
  | { readonly sealed: true }
  | {
      readonly sealed: false;
      readonly fromRevision: number;
      readonly toRevision: number;
      readonly snapshotRevision: number;
    };

/** Updates after a known revision (or the whole content when compaction has merged that revision away). */
export interface UpdatesAfter {
  readonly updates: readonly Uint8Array[];
  readonly revision: number;
  readonly sealed: boolean;
}

interface ContentRow {
  sealed: boolean;
  revision: string;
  snapshot: Buffer | null;
  snapshot_revision: string;
  updates: Buffer[];
}

/** node-postgres sends a Buffer as bytea, but a plain Uint8Array as JSON: hand it Buffers. */
export function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

// One statement reads the row and its updates, so a compaction committing in between cannot hide updates.
const CONTENT_AFTER = `SELECT d.sealed, d.revision, d.snapshot, d.snapshot_revision,
    ARRAY(SELECT u.update FROM core.collab_updates u
          WHERE u.document_id = d.id AND u.seq > GREATEST(d.snapshot_revision, $2) AND u.seq <= d.revision
          ORDER BY u.seq) AS updates
  FROM core.collab_documents d WHERE d.id = $1`;

/**
 * The two CTEs every write of updates starts with — $1 document id, $2 kind, $3 number of updates, $4 the updates,
 * $5 their writers — after `WITH`: `doc` locks the document's row and numbers the updates (or finds it sealed and
 * moves nothing), `added` stores them under those numbers unless sealed. A statement may add CTEs after them and
 * must answer `doc`'s row (see {@link appendResultOf}).
 */
export const NUMBER_AND_STORE_UPDATES = `doc AS (
    INSERT INTO core.collab_documents AS d (id, kind, revision) VALUES ($1, $2, $3)
    ON CONFLICT (id) DO UPDATE SET kind = COALESCE(d.kind, EXCLUDED.kind), updated_at = now(),
      revision = CASE WHEN d.sealed THEN d.revision ELSE d.revision + $3 END
    RETURNING d.sealed, d.revision, d.snapshot_revision
  ), added AS (
    INSERT INTO core.collab_updates (document_id, seq, update, actor_id)
    SELECT $1, doc.revision - $3 + t.ord, t.u, t.a
      FROM doc, unnest($4::bytea[], $5::text[]) WITH ORDINALITY AS t(u, a, ord)
     WHERE NOT doc.sealed
  )`;

const APPEND = `WITH ${NUMBER_AND_STORE_UPDATES}
  SELECT sealed, revision, snapshot_revision FROM doc`;

/** The row a write answers (`doc`'s). */
export interface AppendRow {
  sealed: boolean;
  revision: string;
  snapshot_revision: string;
}

/** The parameters of {@link NUMBER_AND_STORE_UPDATES}, $1–$5. */
export function updatesParams(documentId: string, kind: string, updates: readonly UpdateToPersist[]): SqlParam[] {
  return [documentId, kind, updates.length, updates.map((u) => asBuffer(u.update)), updates.map((u) => u.actorId)];
}

/** What a write of `count` updates did, from the row it answered. */
export function appendResultOf(documentId: string, row: AppendRow | undefined, count: number): AppendResult {
  if (!row) throw new Error(`Document ${documentId} could not be locked`);
  if (row.sealed) return { sealed: true };
  const toRevision = Number(row.revision);
  return {
    sealed: false,
    fromRevision: toRevision - count,
    toRevision,
    snapshotRevision: Number(row.snapshot_revision),
  };
}

/**
 * The SQL of co-edited documents. Every write locks the document's row first (`ON CONFLICT DO UPDATE` locks it
 * and sees the latest committed version), which orders the updates of all instances and makes a seal atomic:
 * an update is either numbered before the seal commits, and so in the sealed content, or refused after it.
 */
export const collabStore = {
  /** The persisted content as one update; an empty document at revision 0 when nothing was ever written. */
  async read(sql: Sql, documentId: string): Promise<CollabContent> {
    const after = await collabStore.updatesAfter(sql, documentId, 0);
    const update =
      after.updates.length === 0
        ? EMPTY_UPDATE
        : after.updates.length === 1
          ? after.updates[0]!
          : Y.mergeUpdates([...after.updates]);
    return { update, revision: after.revision, sealed: after.sealed };
  },

  /** The updates after `revision`; the snapshot comes first when compaction merged updates after `revision`. */
  async updatesAfter(sql: Sql, documentId: string, revision: number): Promise<UpdatesAfter> {
    const [row] = await sql.query<ContentRow>(CONTENT_AFTER, [documentId, revision]);
    if (!row) return { updates: [], revision: 0, sealed: false };
    const snapshotRevision = Number(row.snapshot_revision);
    const withSnapshot = revision < snapshotRevision && row.snapshot ? [row.snapshot, ...row.updates] : row.updates;
    return { updates: withSnapshot, revision: Number(row.revision), sealed: row.sealed };
  },

  /** The kind recorded for a document, `undefined` when it has no row yet. */
  async kindOf(sql: Sql, documentId: string): Promise<string | null | undefined> {
    const [row] = await sql.query<{ kind: string | null }>(`SELECT kind FROM core.collab_documents WHERE id = $1`, [
      documentId,
    ]);
    return row ? row.kind : undefined;
  },

  /**
   * Numbers and stores updates in order, unless the document is sealed: one statement, whose upsert locks the
   * document's row and moves its revision (not when sealed) before the updates are inserted under those numbers.
   */
  async append(sql: Sql, documentId: string, kind: string, updates: readonly UpdateToPersist[]): Promise<AppendResult> {
    const [row] = await sql.query<AppendRow>(APPEND, updatesParams(documentId, kind, updates));
    return appendResultOf(documentId, row, updates.length);
  },

  /** Seals (or unseals) the document, creating its row when nothing was written yet. Run inside a transaction. */
  async setSealed(sql: Sql, documentId: string, kind: string | null, sealed: boolean): Promise<void> {
    await sql.query(
      `INSERT INTO core.collab_documents AS d (id, kind, sealed) VALUES ($1, $2, $3)
       ON CONFLICT (id) DO UPDATE SET sealed = EXCLUDED.sealed, kind = COALESCE(d.kind, EXCLUDED.kind), updated_at = now()`,
      [documentId, kind, sealed],
    );
  },

  /**
   * Merges the snapshot and the updates up to the current revision into a new snapshot, then deletes exactly
   * those updates. Writers keep appending meanwhile (their updates are numbered above the merged revision and
   * stay); a second compactor racing this one finds the snapshot moved and leaves it alone.
   */
  async compact(db: Sql, documentId: string): Promise<number> {
    const [row] = await db.query<ContentRow>(
      `SELECT d.sealed, d.revision, d.snapshot, d.snapshot_revision,
         ARRAY(SELECT u.update FROM core.collab_updates u
               WHERE u.document_id = d.id AND u.seq > d.snapshot_revision AND u.seq <= d.revision ORDER BY u.seq) AS updates
       FROM core.collab_documents d WHERE d.id = $1`,
      [documentId],
    );
    if (!row || row.updates.length === 0) return 0;
    // Through a document rather than Y.mergeUpdates: the document drops deleted content, so snapshots stay small.
    const doc = new Y.Doc();
    if (row.snapshot) Y.applyUpdate(doc, row.snapshot);
    for (const update of row.updates) Y.applyUpdate(doc, update);
    const snapshot = asBuffer(Y.encodeStateAsUpdate(doc));
    doc.destroy();
    // One statement, so the document's row (which every writer locks) is held only for its commit, not for a
    // transaction's round trips: writers barely wait for a compaction.
    const [result] = await db.query<{ deleted: string }>(
      `WITH moved AS (
         UPDATE core.collab_documents SET snapshot = $2, snapshot_revision = $3
          WHERE id = $1 AND snapshot_revision = $4 RETURNING id
       ), deleted AS (
         DELETE FROM core.collab_updates WHERE document_id = $1 AND seq <= $3 AND EXISTS (SELECT 1 FROM moved) RETURNING seq
       )
       SELECT count(*) AS deleted FROM deleted`,
      [documentId, snapshot, row.revision, row.snapshot_revision],
    );
    return Number(result?.deleted ?? 0);
  },
};
