import type { Sql } from '@hms/sdk';
import type { Database } from '../database/database';
import { AUDIT_GENESIS_HASH } from './audit-entry';
import { checkpointDigest, type CheckpointHead } from './audit-checkpoint';

export type CheckpointBreakReason =
  | 'prev-digest-mismatch' // a checkpoint was removed or inserted
  | 'digest-mismatch' // a checkpoint's recorded heads were changed
  | 'record-mismatch'; // the audit record a checkpoint sealed is missing or has another hash now

export interface CheckpointBreak {
  readonly checkpointId: string;
  readonly reason: CheckpointBreakReason;
  /** For `record-mismatch`: the sealed position. */
  readonly head?: CheckpointHead;
}

export type CheckpointVerification =
  | { readonly ok: true; readonly checked: number; readonly lastDigest: string }
  | { readonly ok: false; readonly checked: number; readonly breaks: readonly CheckpointBreak[] };

interface HeadRow extends CheckpointHead {
  checkpoint_id: string;
  prev_digest: string;
  heads_digest: string;
  /** The hash the audit record at (shard, day, seq) has now; null when there is none. */
  record_hash: string | null;
}

/**
 * Checks the checkpoints' own chain and that every sealed head still matches its audit record, in checkpoint
 * order, a batch of checkpoints at a time, and reports every mismatch (the walk goes on from each checkpoint as
 * stored). Run with {@link verifyAuditLog}: together they show both that each chain is intact and that no chain
 * was rewritten wholesale after it was sealed.
 */
export async function verifyAuditCheckpoints(
  db: Database,
  options: { batchSize?: number } = {},
): Promise<CheckpointVerification> {
  const batchSize = options.batchSize ?? 100;
  return db.transaction(async (sql) => {
    await sql.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
    const breaks: CheckpointBreak[] = [];
    let prevDigest = AUDIT_GENESIS_HASH;
    let checked = 0;
    let afterId = '0';
    for (;;) {
      const checkpoints = groupByCheckpoint(await readBatch(sql, afterId, batchSize));
      for (const [checkpointId, heads] of checkpoints) {
        const first = heads[0];
        if (!first) continue;
        const broken = checkCheckpoint(checkpointId, heads, first, prevDigest);
        if (broken) breaks.push(broken);
        prevDigest = first.heads_digest;
        checked++;
        afterId = checkpointId;
      }
      if (checkpoints.size < batchSize) {
        return breaks.length === 0 ? { ok: true, checked, lastDigest: prevDigest } : { ok: false, checked, breaks };
      }
    }
  });
}

function checkCheckpoint(
  checkpointId: string,
  heads: readonly HeadRow[],
  first: HeadRow,
  prevDigest: string,
): CheckpointBreak | undefined {
  if (first.prev_digest !== prevDigest) return { checkpointId, reason: 'prev-digest-mismatch' };
  const sealed = heads.map(({ shard, day, seq, hash }) => ({ shard, day, seq, hash }));
  if (checkpointDigest(first.prev_digest, sealed) !== first.heads_digest)
    return { checkpointId, reason: 'digest-mismatch' };
  const moved = heads.find((head) => head.record_hash !== head.hash);
  if (!moved) return undefined;
  return {
    checkpointId,
    reason: 'record-mismatch',
    head: { shard: moved.shard, day: moved.day, seq: moved.seq, hash: moved.hash },
  };
}

function readBatch(sql: Sql, afterId: string, batchSize: number): Promise<HeadRow[]> {
  return sql.query<HeadRow>(
    `WITH batch AS (SELECT * FROM core.audit_checkpoints WHERE id > $1::bigint ORDER BY id LIMIT $2)
     SELECT b.id::text AS checkpoint_id, b.prev_digest, b.heads_digest, h.shard, to_char(h.day, 'YYYY-MM-DD') AS day,
            h.seq, h.hash, l.hash AS record_hash
       FROM batch b
       LEFT JOIN core.audit_checkpoint_heads h ON h.checkpoint_id = b.id
       LEFT JOIN core.audit_log l ON (l.day, l.shard, l.seq) = (h.day, h.shard, h.seq)
      ORDER BY b.id, h.day, h.shard`,
    [afterId, batchSize],
  );
}

/** Rows grouped by checkpoint, in id order (Map keeps insertion order). */
function groupByCheckpoint(rows: readonly HeadRow[]): Map<string, HeadRow[]> {
  const groups = new Map<string, HeadRow[]>();
  for (const row of rows) {
    const group = groups.get(row.checkpoint_id) ?? [];
    group.push(row);
    groups.set(row.checkpoint_id, group);
  }
  return groups;
}
