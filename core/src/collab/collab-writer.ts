import type { Clock } from '../clock/clock';
import type { AuditEntry } from '../audit/audit-entry';
import type { AuditSink } from '../buses/audit-sink';
import type { Database } from '../database/database';
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
 * numbers and stores the updates in one transaction with one audit record per writer, or stores nothing when
 * the document is sealed.
 */
export function persistCollabUpdates(
  deps: { db: Database; audit: AuditSink; clock: Clock },
  documentId: string,
  kind: string,
  updates: readonly UpdateFromWriter[],
): Promise<AppendResult> {
  return deps.db.transaction(async (sql) => {
    const result = await collabStore.append(sql, documentId, kind, updates.map((u) => ({ update: u.update, actorId: u.writer.actorId })));
    if (result.sealed) return result;
    const at = deps.clock.now();
    const writers = [...new Map(updates.map((u) => [u.writer.correlationId, u.writer])).values()];
    const entries: AuditEntry[] = writers.map((writer) => ({
      at, actorId: writer.actorId, action: 'collab.write', outcome: 'success', source: writer.source,
      correlationId: writer.correlationId, patientIds: writer.patientId ? [writer.patientId] : [],
      details: { documentId, kind, fromRevision: result.fromRevision, toRevision: result.toRevision },
    }));
    // One writer (the usual batch) is one statement; several are chained in three.
    if (entries.length === 1) await deps.audit.record(sql, entries[0]!);
    else await deps.audit.recordMany(sql, entries);
    return result;
  });
}
