import { createHash } from 'node:crypto';
import type { Database } from '../database/database';
import { AUDIT_GENESIS_HASH } from './audit-entry';
import { canonicalJson } from './canonical-json';

/** A chain head as a checkpoint records it. */
export interface CheckpointHead {
  readonly shard: number;
  readonly day: string;
  readonly seq: number;
  readonly hash: string;
}

export interface AuditCheckpoint {
  readonly id: string;
  readonly at: Date;
  /** Chain heads that moved since the previous checkpoint. */
  readonly heads: number;
  /** Publish this outside the database (log shipping, a ticket, paper): it pins everything up to now. */
  readonly headsDigest: string;
}

/** `hex(sha256(prev_digest || '\n' || canonical heads))`: checkpoints form a chain of their own. */
export function checkpointDigest(prevDigest: string, heads: readonly CheckpointHead[]): string {
  return createHash('sha256')
    .update(`${prevDigest}\n${canonicalJson(heads)}`, 'utf8')
    .digest('hex');
}

/**
 * Seals the heads that moved since the last checkpoint (the periodic checkpoint of ARCHITECTURE.md). Anyone who
 * rewrites a sealed part of a chain, even with superuser rights and recomputed hashes, no longer matches it.
 * Returns null when no head moved. Concurrent sealers serialise on an advisory lock.
 */
export async function sealAuditCheckpoint(
  db: Database,
  options: { clock?: { now(): Date } } = {},
): Promise<AuditCheckpoint | null> {
  const at = (options.clock ?? { now: () => new Date() }).now();
  return db.transaction(async (sql) => {
    await sql.query(`SELECT pg_advisory_xact_lock(hashtext('hms.audit.checkpoint'))`);
    const heads = await sql.query<CheckpointHead>(
      `SELECT h.shard, to_char(h.day, 'YYYY-MM-DD') AS day, h.seq, h.hash
         FROM core.audit_heads h
        WHERE NOT EXISTS (SELECT 1 FROM core.audit_checkpoint_heads c WHERE (c.shard, c.day, c.seq) = (h.shard, h.day, h.seq))
        ORDER BY h.day, h.shard`,
    );
    if (heads.length === 0) return null;
    const [previous] = await sql.query<{ heads_digest: string }>(
      `SELECT heads_digest FROM core.audit_checkpoints ORDER BY id DESC LIMIT 1`,
    );
    const prevDigest = previous?.heads_digest ?? AUDIT_GENESIS_HASH;
    const headsDigest = checkpointDigest(prevDigest, heads);
    const [row] = await sql.query<{ id: string }>(
      `INSERT INTO core.audit_checkpoints (at, prev_digest, heads_digest) VALUES ($1, $2, $3) RETURNING id::text AS id`,
      [at, prevDigest, headsDigest],
    );
    if (!row) throw new Error('Audit checkpoint was not written');
    await sql.query(
      `INSERT INTO core.audit_checkpoint_heads (checkpoint_id, shard, day, seq, hash)
       SELECT $1::bigint, h.shard, h.day, h.seq, h.hash
         FROM jsonb_to_recordset($2::jsonb) AS h (shard smallint, day date, seq integer, hash text)`,
      [row.id, JSON.stringify(heads)],
    );
    return { id: row.id, at, heads: heads.length, headsDigest };
  });
}
