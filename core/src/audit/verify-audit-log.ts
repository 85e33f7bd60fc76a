import type { Sql } from '@hms/sdk';
import type { Database } from '../database/database';
import { AUDIT_GENESIS_HASH, auditPayload, chainHash } from './audit-entry';

export type AuditBreakReason =
  | 'seq-gap' // a record is missing, duplicated or out of order
  | 'prev-hash-mismatch' // the record does not link to the one before it
  | 'hash-mismatch' // a column was changed after the record was written
  | 'head-mismatch' // the chain's last record is not the one its head names (records removed at the end)
  | 'missing-head' // records whose partition has no head row
  | 'head-without-rows'; // a head whose partition has no records at all (id is null)

/** Where a chain breaks; `id` is the audit_log row's id. */
export interface AuditBreak {
  readonly id: string | null;
  readonly shard: number;
  readonly day: string;
  readonly seq: number;
  readonly reason: AuditBreakReason;
}

export type AuditVerification =
  | { readonly ok: true; readonly checked: number }
  | {
      readonly ok: false;
      /** Records read, broken ones included. */
      readonly checked: number;
      /** Every break, in chain order (the first {@link MAX_LISTED_BREAKS}). */
      readonly breaks: readonly AuditBreak[];
      /** Breaks found beyond those listed. */
      readonly unlisted: number;
    };

/** A log rewritten wholesale breaks at every record: list enough to investigate, count the rest. */
export const MAX_LISTED_BREAKS = 1000;

interface LogRow {
  id: string;
  shard: number;
  day: string;
  seq: number;
  at: string;
  at_whole_ms: boolean;
  actor_id: string | null;
  action: string;
  patient_ids: string[];
  outcome: string;
  source: string | null;
  correlation_id: string | null;
  details: unknown;
  prev_hash: string;
  hash: string;
}

interface HeadRow {
  shard: number;
  day: string;
  seq: number;
  hash: string;
}

const ROWS_SQL = `
  SELECT id::text AS id, shard, to_char(day, 'YYYY-MM-DD') AS day, seq,
         to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS at,
         date_trunc('milliseconds', at) = at AS at_whole_ms,
         actor_id, action, patient_ids, outcome, source, correlation_id, details, prev_hash, hash
    FROM core.audit_log l
   WHERE (l.day, l.shard, l.seq, l.id) > ($1::date, $2::smallint, $3::integer, $4::bigint)
   ORDER BY l.day, l.shard, l.seq, l.id -- qualified: the bare names would sort by the text columns above
   LIMIT $5`;

/**
 * Walks every (shard, day) chain in (day, shard, seq) order, a batch at a time, inside one read-only snapshot
 * (so writes going on meanwhile are neither seen half-done nor mistaken for breaks), and reports every break: after
 * one, the walk goes on from the record as it is stored, so one damaged record shows as one break and the rest of
 * the log is still checked.
 * @example
 * const result = await verifyAuditLog(db);
 * if (!result.ok) for (const b of result.breaks) console.error('audit chain broken at', b);
 */
export async function verifyAuditLog(db: Database, options: { batchSize?: number } = {}): Promise<AuditVerification> {
  const batchSize = options.batchSize ?? 1000;
  return db.transaction(async (sql) => {
    await sql.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
    const heads = await sql.query<HeadRow>(
      `SELECT shard, to_char(day, 'YYYY-MM-DD') AS day, seq, hash FROM core.audit_heads h ORDER BY h.day, h.shard`,
    );
    const walker = new ChainWalker(heads);
    const breaks = new BreakList();
    for await (const row of readRows(sql, batchSize)) breaks.add(walker.visit(row));
    breaks.add(walker.finish());
    if (breaks.count === 0) return { ok: true, checked: walker.checked };
    return { ok: false, checked: walker.checked, breaks: breaks.listed, unlisted: breaks.count - breaks.listed.length };
  });
}

class BreakList {
  readonly listed: AuditBreak[] = [];
  count = 0;

  add(found: readonly AuditBreak[]): void {
    this.count += found.length;
    for (const b of found) if (this.listed.length < MAX_LISTED_BREAKS) this.listed.push(b);
  }
}

async function* readRows(sql: Sql, batchSize: number): AsyncGenerator<LogRow> {
  let after: readonly [string, number, number, string] = ['-infinity', -1, 0, '0'];
  for (;;) {
    const rows = await sql.query<LogRow>(ROWS_SQL, [...after, batchSize]);
    yield* rows;
    const last = rows[rows.length - 1];
    if (!last || rows.length < batchSize) return;
    after = [last.day, last.shard, last.seq, last.id];
  }
}

/** Folds rows in (day, shard, seq) order, merging in the heads (sorted the same way). */
class ChainWalker {
  checked = 0;
  private nextHead = 0;
  private current: { shard: number; day: string; head: HeadRow | undefined; last: LogRow } | undefined;

  constructor(private readonly heads: readonly HeadRow[]) {}

  /** The breaks this row reveals; the walk then goes on from the row as stored. */
  visit(row: LogRow): AuditBreak[] {
    const current = this.current;
    const samePartition = current !== undefined && current.shard === row.shard && current.day === row.day;
    const breaks = samePartition ? [] : [...this.closePartition(), ...this.headsWithoutRowsBefore(row)];
    const expectedSeq = samePartition ? current.last.seq + 1 : 1;
    const expectedPrev = samePartition ? current.last.hash : AUDIT_GENESIS_HASH;
    const broken = checkRow(row, expectedSeq, expectedPrev);
    if (broken) breaks.push(broken);
    this.checked++;
    this.current = samePartition
      ? { ...current, last: row }
      : { shard: row.shard, day: row.day, head: this.takeHead(row), last: row };
    return breaks;
  }

  finish(): AuditBreak[] {
    const breaks = [...this.closePartition(), ...this.headsWithoutRowsBefore(undefined)];
    this.current = undefined;
    return breaks;
  }

  private closePartition(): AuditBreak[] {
    const partition = this.current;
    if (!partition) return [];
    const { head, last } = partition;
    if (!head) return [at(last, 'missing-head')];
    if (head.seq !== last.seq || head.hash !== last.hash) return [at(last, 'head-mismatch')];
    return [];
  }

  /** Every unconsumed head ordered before `row` (or all left, at the end) has no records at all. */
  private headsWithoutRowsBefore(row: LogRow | undefined): AuditBreak[] {
    const breaks: AuditBreak[] = [];
    for (
      let head = this.heads[this.nextHead];
      head && (!row || compareKeys(head, row) < 0);
      head = this.heads[this.nextHead]
    ) {
      breaks.push({ id: null, shard: head.shard, day: head.day, seq: head.seq, reason: 'head-without-rows' });
      this.nextHead++;
    }
    return breaks;
  }

  private takeHead(row: LogRow): HeadRow | undefined {
    const head = this.heads[this.nextHead];
    if (!head || compareKeys(head, row) !== 0) return undefined;
    this.nextHead++;
    return head;
  }
}

function checkRow(row: LogRow, expectedSeq: number, expectedPrev: string): AuditBreak | undefined {
  if (row.seq !== expectedSeq) return at(row, 'seq-gap');
  if (row.prev_hash !== expectedPrev) return at(row, 'prev-hash-mismatch');
  const payload = auditPayload({
    shard: row.shard,
    day: row.day,
    at: new Date(row.at),
    actorId: row.actor_id,
    action: row.action,
    patientIds: row.patient_ids,
    outcome: row.outcome,
    source: row.source,
    correlationId: row.correlation_id,
    details: row.details,
  });
  // The hash covers `at` to the millisecond; sub-millisecond digits can only have been written by hand.
  const intact = row.at_whole_ms && chainHash(row.prev_hash, payload) === row.hash;
  return intact ? undefined : at(row, 'hash-mismatch');
}

function at(row: LogRow, reason: AuditBreakReason): AuditBreak {
  return { id: row.id, shard: row.shard, day: row.day, seq: row.seq, reason };
}

function compareKeys(a: { day: string; shard: number }, b: { day: string; shard: number }): number {
  if (a.day !== b.day) return a.day < b.day ? -1 : 1;
  return a.shard - b.shard;
}
