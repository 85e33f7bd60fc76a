import type { Sql } from '@hms/sdk';
import type { AuditEntry, AuditPayloadFields } from '../audit/audit-entry';

/** Where the buses write audit records; `sql` is the write's own transaction, or the pool for reads. */
export interface AuditSink {
  record(sql: Sql, entry: AuditEntry): Promise<unknown>;
  /** Several records in a fixed number of statements (a command batch's successes). */
  recordMany(sql: Sql, entries: readonly AuditEntry[]): Promise<unknown>;
  /** A record's fields as stored (checked, shard chosen), for a write that appends the record in its own statement. */
  fieldsFor(entry: AuditEntry): AuditPayloadFields;
}
