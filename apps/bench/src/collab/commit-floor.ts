import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { Pool } from 'pg';
import { percentile } from '../lib/measure';

/** What one durable write costs on this database: the least an update persisted before its relay can add. */
export interface CommitFloor {
  readonly inserts: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
}

/**
 * Times `inserts` sequential autocommit single-row INSERTs of an update-sized bytea (a typed character is a
 * ~25-byte Yjs update) on the benchmark's database: one round trip and one WAL flush each. Not a server mode,
 * a yardstick for reading ours against Hocuspocus, which writes nothing on the relay path.
 */
export async function measureCommitFloor(pool: Pool, inserts: number): Promise<CommitFloor> {
  await pool.query('CREATE TABLE IF NOT EXISTS bench_commit_floor (id bigserial PRIMARY KEY, update bytea NOT NULL)');
  const latencies: number[] = [];
  for (let i = 0; i < inserts; i += 1) {
    const began = performance.now();
    await pool.query('INSERT INTO bench_commit_floor (update) VALUES ($1)', [randomBytes(25)]);
    latencies.push(performance.now() - began);
  }
  const sorted = Float64Array.from(latencies).sort();
  return { inserts, p50Ms: percentile(sorted, 0.5), p99Ms: percentile(sorted, 0.99) };
}
