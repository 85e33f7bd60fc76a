import { defineMigration, type MigrationDefinition } from '@hms/sdk';

/**
 * The audit viewer's indexes on `core.audit_log` (the patient GIN and (actor_id, at) indexes are the log's own):
 * - (at, id): the viewer's order (newest first, keyset on at and id), for a search by time alone or with filters
 *   the other indexes do not serve (action, outcome): without it every page sorted the whole log.
 * - the emergency accesses' (at, id), partial: the privacy officer's review list of break-the-glass accesses reads
 *   only those records, however large the log.
 * Built in the migration's transaction: on a large log this holds audited writes for the build (see
 * docs/operations.md for the time it takes).
 */
export const auditViewerMigrations: readonly MigrationDefinition[] = [
  defineMigration('0203-audit-viewer-indexes', [
    `CREATE INDEX audit_log_at_idx ON core.audit_log (at, id)`,
    `CREATE INDEX audit_log_break_glass_idx ON core.audit_log (at, id) WHERE details->>'access' = 'break-glass'`,
  ]),
];
