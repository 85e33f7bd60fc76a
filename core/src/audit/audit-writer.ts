import { randomInt } from 'node:crypto';
import { HmsError, type Sql } from '@hms/sdk';
import type { Database } from '../database/database';
import {
  AUDIT_GENESIS_HASH,
  AUDIT_OUTCOMES,
  auditPayload,
  chainHash,
  utcDay,
  type AuditEntry,
  type AuditPayloadFields,
} from './audit-entry';
import { auditJson, auditText, auditTextOrNull } from './audit-values';

/** Where a record landed in its chain. */
export interface AuditRecordResult {
  readonly id: string;
  readonly shard: number;
  readonly day: string;
  readonly seq: number;
  readonly hash: string;
}

export interface AuditWriterOptions {
  /** Number of chains per day (8). More shards, less waiting between concurrent writers; never lower it below 1. */
  readonly shards?: number;
  readonly clock?: { now(): Date };
}

/**
 * One statement: advance the (shard, day) head — inserting it with the genesis hash on the day's first record,
 * otherwise locking and updating it — computing the new hash in SQL from the previous one, then insert the
 * record with the head's new seq and hashes. The head row stays locked until the caller's transaction ends,
 * so records of one shard serialise only with each other, and a rollback takes the record and the head's
 * advance away together.
 */
const RECORD_SQL = `
  WITH head AS (
    INSERT INTO core.audit_heads AS h (shard, day, seq, prev_hash, hash)
    VALUES ($1::smallint, $2::date, 1, $3::text, encode(sha256(convert_to($3::text || chr(10) || $4::text, 'UTF8')), 'hex'))
    ON CONFLICT (shard, day) DO UPDATE
      SET seq = h.seq + 1,
          prev_hash = h.hash,
          hash = encode(sha256(convert_to(h.hash || chr(10) || $4::text, 'UTF8')), 'hex')
    RETURNING h.seq, h.prev_hash, h.hash
  )
  INSERT INTO core.audit_log
    (shard, day, seq, at, actor_id, action, patient_ids, outcome, source, correlation_id, details, prev_hash, hash)
  SELECT $1::smallint, $2::date, head.seq, $5::timestamptz, $6::text, $7::text, $8::text[], $9::text, $10::text,
         $11::text, $12::jsonb, head.prev_hash, head.hash
    FROM head
  RETURNING id::text AS id, seq, hash`;

/**
 * Appends records to the hash-chained audit log. Pass the write's own transaction as `sql`, so the record
 * commits or rolls back with the write; for reads, pass the `Database` itself.
 */
export class AuditWriter {
  private readonly shards: number;
  private readonly clock: { now(): Date };
  /** Transactions keep the shard of their first record: two shards locked in opposite orders could deadlock. */
  private readonly transactionShards = new WeakMap<object, number>();

  constructor(options: AuditWriterOptions = {}) {
    this.shards = options.shards ?? 8;
    if (!Number.isInteger(this.shards) || this.shards < 1 || this.shards > 32_767) {
      throw new Error(`Audit shards must be an integer between 1 and 32767, got ${this.shards}`);
    }
    this.clock = options.clock ?? { now: () => new Date() };
  }

  async record(sql: Sql, entry: AuditEntry): Promise<AuditRecordResult> {
    checkEntry(entry);
    const fields = this.fieldsOf(entry, this.shardFor(sql));
    const { shard, day, at } = fields;
    const [row] = await sql.query<{ id: string; seq: number; hash: string }>(RECORD_SQL, [
      shard,
      day,
      AUDIT_GENESIS_HASH,
      auditPayload(fields),
      at.toISOString(),
      fields.actorId,
      fields.action,
      fields.patientIds,
      fields.outcome,
      fields.source,
      fields.correlationId,
      JSON.stringify(fields.details),
    ]);
    if (!row) throw new Error('Audit record was not written');
    return { id: row.id, shard, day, seq: row.seq, hash: row.hash };
  }

  /**
   * Appends several records in three statements whatever their number and days: lock the (shard, day) heads,
   * insert the records with hashes chained here, move each head to its day's last record. Used by command batches;
   * the records commit or roll back with the batch's transaction.
   */
  async recordMany(sql: Sql, entries: readonly AuditEntry[]): Promise<void> {
    if (entries.length === 0) return;
    // The heads must stay locked across the three statements: on a bare pool, make them a transaction.
    const pool = sql as Partial<Database>;
    if (typeof pool.transaction === 'function') return pool.transaction((tx) => this.recordMany(tx, entries));
    const byDay = new Map<string, AuditPayloadFields[]>();
    const shard = this.shardFor(sql);
    for (const entry of entries) {
      checkEntry(entry);
      const fields = this.fieldsOf(entry, shard);
      byDay.set(fields.day, [...(byDay.get(fields.day) ?? []), fields]);
    }
    const heads = await this.lockHeads(sql, shard, [...byDay.keys()]);
    const rows = [...heads.keys()].sort().flatMap((day) => chainFrom(heads.get(day), byDay.get(day) ?? []));
    await insertRecords(sql, shard, rows);
    const lasts = [...new Map(rows.map((r) => [r.fields.day, r])).values()];
    await sql.query(
      `UPDATE core.audit_heads AS h SET seq = l.seq, prev_hash = l.prev_hash, hash = l.hash
         FROM unnest($2::date[], $3::int[], $4::text[], $5::text[]) AS l(day, seq, prev_hash, hash)
        WHERE h.shard = $1 AND h.day = l.day`,
      [
        shard,
        lasts.map((l) => l.fields.day),
        lasts.map((l) => l.seq),
        lasts.map((l) => l.prev),
        lasts.map((l) => l.hash),
      ],
    );
  }

  /**
   * Re-stating each head as it is locks it (and creates a day's head, at no record yet, the first time). Days in
   * order, so two transactions spanning the same days lock their heads in the same order.
   */
  private async lockHeads(sql: Sql, shard: number, days: readonly string[]): Promise<Map<string, ChainHead>> {
    const locked = await sql.query<ChainHead & { day: string }>(
      `INSERT INTO core.audit_heads AS h (shard, day, seq, prev_hash, hash)
       SELECT $1::smallint, d.day, 0, $3, $3 FROM unnest($2::date[]) AS d(day) ORDER BY d.day
       ON CONFLICT (shard, day) DO UPDATE SET seq = h.seq
       RETURNING to_char(h.day, 'YYYY-MM-DD') AS day, h.seq, h.hash`,
      [shard, [...days].sort(), AUDIT_GENESIS_HASH],
    );
    return new Map(locked.map(({ day, seq, hash }) => [day, { seq, hash }]));
  }

  /**
   * A record's fields exactly as `record` would store them on the pool (checked, on a shard of its own), for a
   * write that appends its audit record in its own single statement (one round trip for both): that statement
   * must chain it as {@link RECORD_SQL} does, `hash = sha256(prev_hash || '\n' || auditPayload(fields))`.
   */
  fieldsFor(entry: AuditEntry): AuditPayloadFields {
    checkEntry(entry);
    return this.fieldsOf(entry, randomInt(this.shards));
  }

  private fieldsOf(entry: AuditEntry, shard: number): AuditPayloadFields {
    const at = entry.at ?? this.clock.now();
    // Hashed exactly as stored: every string in the form PostgreSQL keeps unchanged (see audit-values.ts).
    return {
      shard,
      day: utcDay(at),
      at,
      actorId: auditTextOrNull(entry.actorId),
      action: auditText(entry.action),
      patientIds: (entry.patientIds ?? []).map(auditText),
      outcome: entry.outcome,
      source: auditTextOrNull(entry.source),
      correlationId: auditTextOrNull(entry.correlationId),
      details: auditJson(entry.details ?? {}),
    };
  }

  private shardFor(sql: Sql): number {
    // A `Database` (it has `transaction`) runs each statement in its own transaction: any shard will do.
    if (typeof (sql as { transaction?: unknown }).transaction === 'function') return randomInt(this.shards);
    let shard = this.transactionShards.get(sql);
    if (shard === undefined) {
      shard = randomInt(this.shards);
      this.transactionShards.set(sql, shard);
    }
    return shard;
  }
}

function checkEntry(entry: AuditEntry): void {
  const invalid: string[] = [];
  if (typeof entry.action !== 'string' || entry.action === '') invalid.push('action');
  if (!(AUDIT_OUTCOMES as readonly string[]).includes(entry.outcome)) invalid.push('outcome');
  if (entry.patientIds?.some((id) => typeof id !== 'string' || id === '')) invalid.push('patientIds');
  if (entry.at !== undefined && Number.isNaN(entry.at.getTime())) invalid.push('at');
  // A kernel bug, not bad client input: a 500, and the write it belonged to rolls back.
  if (invalid.length > 0) throw new HmsError('INVALID_AUDIT_ENTRY', { fields: invalid });
}

interface ChainHead {
  readonly seq: number;
  readonly hash: string;
}

interface ChainedRecord {
  readonly fields: AuditPayloadFields;
  readonly seq: number;
  readonly prev: string;
  readonly hash: string;
}

/** One day's records chained after its head: seq and hash follow on from the head's. */
function chainFrom(head: ChainHead | undefined, records: readonly AuditPayloadFields[]): ChainedRecord[] {
  if (!head) throw new Error('Audit head was not locked');
  let prev = head.hash;
  return records.map((fields, i) => {
    const hash = chainHash(prev, auditPayload(fields));
    const row = { fields, seq: head.seq + i + 1, prev, hash };
    prev = hash;
    return row;
  });
}

function insertRecords(sql: Sql, shard: number, rows: readonly ChainedRecord[]): Promise<unknown> {
  return sql.query(
    `INSERT INTO core.audit_log
       (shard, day, seq, at, actor_id, action, patient_ids, outcome, source, correlation_id, details, prev_hash, hash)
     SELECT $1::smallint, r.day, r.seq, r.at, r.actor_id, r.action,
            ARRAY(SELECT jsonb_array_elements_text(r.patient_ids)), r.outcome, r.source, r.correlation_id, r.details,
            r.prev_hash, r.hash
       FROM unnest($2::date[], $3::int[], $4::timestamptz[], $5::text[], $6::text[], $7::jsonb[], $8::text[], $9::text[],
                   $10::text[], $11::jsonb[], $12::text[], $13::text[])
            AS r(day, seq, at, actor_id, action, patient_ids, outcome, source, correlation_id, details, prev_hash, hash)`,
    [
      shard,
      rows.map((r) => r.fields.day),
      rows.map((r) => r.seq),
      rows.map((r) => r.fields.at.toISOString()),
      rows.map((r) => r.fields.actorId),
      rows.map((r) => r.fields.action),
      rows.map((r) => JSON.stringify(r.fields.patientIds)),
      rows.map((r) => r.fields.outcome),
      rows.map((r) => r.fields.source),
      rows.map((r) => r.fields.correlationId),
      rows.map((r) => JSON.stringify(r.fields.details)),
      rows.map((r) => r.prev),
      rows.map((r) => r.hash),
    ],
  );
}
