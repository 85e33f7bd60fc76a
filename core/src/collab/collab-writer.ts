import type { Clock } from '../clock/clock';
import type { AuditEntry } from '../audit/audit-entry';
import type { AuditSink } from '../buses/audit-sink';
import type { Database } from '../database/database';
import { appendAudited } from './collab-audited-append';
import { collabStore, type AppendResult } from './collab-store';

/** Who wrote an update: ids only, for the update's row and the audit record. */
export interface CollabWriter {
  readonly actorId: string;
  readonly patientId: string | null;
  /** The client address, for the audit log. */
  readonly source: string | null;
  /** Ties the audit records of one connection together. */
  readonly correlationId: string;
}

export interface UpdateFromWriter {
  readonly update: Uint8Array;
  readonly writer: CollabWriter;
}

/**
 * The one persistence path of co-edited documents (the server's connections and the test kit both use it):
 * numbers and stores the updates, with an audit record for each writer in `audited` (every writer when it is
 * left out), atomically, or stores nothing when the document is sealed. The usual batch (one writer typing) is
 * one statement, one round trip; updates from several writers with records due take a transaction, whose audit
 * records are chained in three statements. A record's `coversWritesUntil` says until when the same connection's
 * later writes go without one of their own (see {@link WriteAuditWindows}).
 */
export function persistCollabUpdates(
  deps: { db: Database; audit: AuditSink; clock: Clock },
  documentId: string,
  kind: string,
  updates: readonly UpdateFromWriter[],
  options: { audited?: readonly CollabWriter[]; coversWritesUntil?: Date; at?: Date } = {},
): Promise<AppendResult> {
  const toPersist = updates.map((u) => ({ update: u.update, actorId: u.writer.actorId }));
  const writers = options.audited ?? [...new Map(updates.map((u) => [u.writer.correlationId, u.writer])).values()];
  const at = options.at ?? deps.clock.now();
  const covers = options.coversWritesUntil ? { coversWritesUntil: options.coversWritesUntil.toISOString() } : {};
  const entryOf = (writer: CollabWriter, details: Record<string, unknown>): AuditEntry => ({
    at,
    actorId: writer.actorId,
    action: 'collab.write',
    outcome: 'success',
    source: writer.source,
    correlationId: writer.correlationId,
    patientIds: writer.patientId ? [writer.patientId] : [],
    details: { ...details, ...covers },
  });
  if (writers.length === 0) return collabStore.append(deps.db, documentId, kind, toPersist);
  if (writers.length === 1 && updates.every((u) => u.writer.correlationId === writers[0]!.correlationId)) {
    return appendAudited(
      deps.db,
      documentId,
      kind,
      toPersist,
      deps.audit.fieldsFor(entryOf(writers[0]!, { documentId, kind })),
    );
  }
  return deps.db.transaction(async (sql) => {
    const result = await collabStore.append(sql, documentId, kind, toPersist);
    if (result.sealed) return result;
    const details = { documentId, kind, fromRevision: result.fromRevision, toRevision: result.toRevision };
    await deps.audit.recordMany(
      sql,
      writers.map((writer) => entryOf(writer, details)),
    );
    return result;
  });
}
