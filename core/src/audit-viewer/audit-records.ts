import type { Sql, SqlParam } from '@hms/sdk';
import { decodeCursor, encodeCursor } from './audit-cursor';
import type { AuditSearchParams } from './audit-search-params';

/** The marker the access rules write on an emergency (break-the-glass) access: `details.access`. */
export const BREAK_GLASS = 'break-glass';

/** One audit record as the privacy officer's screen shows it. */
export interface AuditRecordView {
  readonly id: string;
  readonly at: string;
  readonly actorId: string | null;
  /** The account's display name now; null for an actor that is no account (a job, a refused anonymous call). */
  readonly actorName: string | null;
  readonly action: string;
  readonly outcome: string;
  readonly patientIds: readonly string[];
  readonly emergency: boolean;
  readonly source: string | null;
  readonly correlationId: string | null;
  readonly details: Readonly<Record<string, unknown>>;
}

export interface AuditRecordPage {
  readonly items: readonly AuditRecordView[];
  /** Pass as `after` for the next (older) page; absent on the last page. */
  readonly nextCursor?: string;
}

interface AuditRow {
  id: string;
  at: string;
  actor_id: string | null;
  action: string;
  outcome: string;
  patient_ids: string[];
  source: string | null;
  correlation_id: string | null;
  details: Record<string, unknown> | string;
}

/** The filters as SQL conditions, each on an indexed column where one exists (see docs/security.md). */
export interface AuditFilter {
  readonly patientId?: string;
  /** The actor id the search resolved (`actor` may have been a username). */
  readonly actorId?: string;
  readonly from?: string;
  readonly to?: string;
  readonly action?: string;
  readonly outcome?: string;
  readonly emergencyOnly?: boolean;
}

/**
 * The columns as the viewer reads them. The output names shadow the table's in ORDER BY, so the ordering names
 * `l.at`, `l.id` (ordering by the text `id` put record 9 after 10, and by the text `at` would skip the index).
 */
const COLUMNS = `id::text AS id, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS at, actor_id,
  action, outcome, patient_ids, source, correlation_id, details`;

export function whereClause(filter: AuditFilter, params: SqlParam[]): string[] {
  const bind = (value: SqlParam): string => {
    params.push(value);
    return `$${params.length}`;
  };
  const conditions: string[] = [];
  // `@>` is what the GIN index on patient_ids serves (`= ANY(patient_ids)` would scan every record).
  if (filter.patientId !== undefined) conditions.push(`patient_ids @> ARRAY[${bind(filter.patientId)}]::text[]`);
  if (filter.actorId !== undefined) conditions.push(`actor_id = ${bind(filter.actorId)}`);
  if (filter.from !== undefined) conditions.push(`at >= ${bind(filter.from)}::timestamptz`);
  if (filter.to !== undefined) conditions.push(`at < ${bind(filter.to)}::timestamptz`);
  if (filter.action !== undefined) {
    conditions.push(
      filter.action.endsWith('*')
        ? `action LIKE ${bind(`${escapeLike(filter.action.slice(0, -1))}%`)}`
        : `action = ${bind(filter.action)}`,
    );
  }
  if (filter.outcome !== undefined) conditions.push(`outcome = ${bind(filter.outcome)}`);
  if (filter.emergencyOnly === true) conditions.push(`details->>'access' = ${bind(BREAK_GLASS)}`);
  return conditions;
}

/**
 * The statement a page of the search runs (exported so a test can EXPLAIN exactly it): newest first, by keyset on
 * (at, id), one record more than asked to tell whether a next page exists.
 */
export function auditSearchQuery(
  filter: AuditFilter,
  page: Pick<AuditSearchParams, 'limit' | 'after'>,
): { text: string; params: SqlParam[] } {
  const params: SqlParam[] = [];
  const conditions = whereClause(filter, params);
  if (page.after !== undefined) {
    const cursor = decodeCursor(page.after);
    params.push(cursor.at, cursor.id);
    conditions.push(`(at, id) < ($${params.length - 1}::timestamptz, $${params.length}::bigint)`);
  }
  params.push(page.limit + 1);
  const where = conditions.length === 0 ? '' : `WHERE ${conditions.join(' AND ')}`;
  return {
    text: `SELECT ${COLUMNS} FROM core.audit_log l ${where} ORDER BY l.at DESC, l.id DESC LIMIT $${params.length}`,
    params,
  };
}

/**
 * One page of the audit log, newest first, by keyset on (at, id): a page boundary stays put while new records
 * arrive, and a deep page costs what the first one does.
 */
export async function findAuditRecords(
  sql: Sql,
  filter: AuditFilter,
  page: Pick<AuditSearchParams, 'limit' | 'after'>,
): Promise<AuditRecordPage> {
  const query = auditSearchQuery(filter, page);
  const rows = await sql.query<AuditRow>(query.text, query.params);
  const shown = rows.slice(0, page.limit);
  const names = await displayNames(
    sql,
    shown.map((row) => row.actor_id),
  );
  const items = shown.map((row) => recordView(row, names));
  const last = shown.at(-1);
  return rows.length > page.limit && last !== undefined
    ? { items, nextCursor: encodeCursor({ at: last.at, id: last.id }) }
    : { items };
}

/** Every record naming the patient in the period, oldest first (a history reads forwards), at most `cap` + 1. */
export async function findPatientRecords(
  sql: Sql,
  filter: Pick<AuditFilter, 'patientId' | 'from' | 'to'>,
  cap: number,
): Promise<AuditRecordView[]> {
  const params: SqlParam[] = [];
  const conditions = whereClause(filter, params);
  params.push(cap + 1);
  const rows = await sql.query<AuditRow>(
    `SELECT ${COLUMNS} FROM core.audit_log l WHERE ${conditions.join(' AND ')}
      ORDER BY l.at, l.id LIMIT $${params.length}`,
    params,
  );
  const names = await displayNames(
    sql,
    rows.map((row) => row.actor_id),
  );
  return rows.map((row) => recordView(row, names));
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The display names of the accounts among these actors, in one indexed read. */
async function displayNames(sql: Sql, actorIds: readonly (string | null)[]): Promise<Map<string, string>> {
  const ids = [...new Set(actorIds.filter((id): id is string => id !== null && UUID.test(id)))];
  if (ids.length === 0) return new Map();
  const rows = await sql.query<{ id: string; display_name: string }>(
    'SELECT id::text AS id, display_name FROM core.accounts WHERE id = ANY($1::uuid[])',
    [ids],
  );
  return new Map(rows.map((row) => [row.id, row.display_name]));
}

/**
 * The actor a search names: an account id as it is, a username as its account's id, anything else (a job's actor
 * id) as it is, so a search for a name nobody has simply finds nothing.
 */
export async function resolveActor(sql: Sql, actor: string): Promise<string> {
  if (UUID.test(actor)) return actor.toLowerCase();
  const [account] = await sql.query<{ id: string }>('SELECT id::text AS id FROM core.accounts WHERE username = $1', [
    actor.toLowerCase(),
  ]);
  return account?.id ?? actor;
}

function recordView(row: AuditRow, names: ReadonlyMap<string, string>): AuditRecordView {
  const details = typeof row.details === 'string' ? (JSON.parse(row.details) as Record<string, unknown>) : row.details;
  return {
    id: row.id,
    at: row.at,
    actorId: row.actor_id,
    actorName: row.actor_id === null ? null : (names.get(row.actor_id) ?? null),
    action: row.action,
    outcome: row.outcome,
    patientIds: row.patient_ids,
    emergency: details.access === BREAK_GLASS,
    source: row.source,
    correlationId: row.correlation_id,
    details,
  };
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
