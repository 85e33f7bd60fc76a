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
 * numbers and stores the updates with one audit record per writer, atomically, or stores nothing when the
 * document is sealed. The usual batch (one writer typing) is one statement, one round trip; updates from several
 * writers take a transaction, whose audit records are chained in three statements.
 */
export function persistCollabUpdates(
  deps: { db: Database; audit: AuditSink; clock: Clock },
  documentId: string,
  kind: string,
  updates: readonly UpdateFromWriter[],
): Promise<AppendResult> {
  const toPersist = updates.map((u) => ({ update: u.update, actorId: u.writer.actorId }));
  const writers = [...new Map(updates.map((u) => [u.writer.correlationId, u.writer])).values()];
  const at = deps.clock.now();
  const entryOf = (writer: CollabWriter, details: Record<string, unknown>): AuditEntry => ({
    at, actorId: writer.actorId, action: 'collab.write', outcome: 'success', source: writer.source,
    correlationId: writer.correlationId, patientIds: writer.patientId ? [writer.patientId] : [], details,
  });
  if (writers.length === 1) {
    return appendAudited(deps.db, documentId, kind, toPersist, deps.audit.fieldsFor(entryOf(writers[0]!, { documentId, kind })));
  }
  return deps.db.transaction(async (sql) => {
    const result = await collabStore.append(sql, documentId, kind, toPersist);
    if (result.sealed) return result;
    const details = { documentId, kind, fromRevision: result.fromRevision, toRevision: result.toRevision };
    await deps.audit.recordMany(sql, writers.map((writer) => entryOf(writer, details)));
    return result;
  });
}
