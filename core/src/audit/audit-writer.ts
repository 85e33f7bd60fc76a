import { randomInt } from 'node:crypto';
import { HmsError, type Sql } from '@hms/sdk';
import { AUDIT_GENESIS_HASH, AUDIT_OUTCOMES, auditPayload, utcDay, type AuditEntry } from './audit-entry';
import { toJsonValue } from './canonical-json';

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
    const at = entry.at ?? this.clock.now();
    const shard = this.shardFor(sql);
    const day = utcDay(at);
    const fields = {
      shard,
      day,
      at,
      actorId: entry.actorId,
      action: entry.action,
      patientIds: [...(entry.patientIds ?? [])],
      outcome: entry.outcome,
      source: entry.source ?? null,
      correlationId: entry.correlationId ?? null,
      // Stored as jsonb and read back for verification: hash exactly what the round trip gives back.
      details: toJsonValue(entry.details ?? {}),
    };
    const [row] = await sql.query<{ id: string; seq: number; hash: string }>(RECORD_SQL, [
      shard, day, AUDIT_GENESIS_HASH, auditPayload(fields), at.toISOString(), fields.actorId, fields.action,
      fields.patientIds, fields.outcome, fields.source, fields.correlationId, JSON.stringify(fields.details),
    ]);
    if (!row) throw new Error('Audit record was not written');
    return { id: row.id, shard, day, seq: row.seq, hash: row.hash };
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
