import type { Sql } from '@hms/sdk';

/**
 * Locks a projection's checkpoint row for the rest of the transaction and returns its position. Every runner
 * of the projection (on any instance) and a rebuild take this lock, so batches never interleave.
 */
export async function lockCheckpoint(sql: Sql, name: string): Promise<bigint> {
  await sql.query('INSERT INTO core.projection_checkpoints (name) VALUES ($1) ON CONFLICT (name) DO NOTHING', [name]);
  const [row] = await sql.query<{ position: string }>(
    'SELECT position FROM core.projection_checkpoints WHERE name = $1 FOR UPDATE',
    [name],
  );
  return BigInt(row?.position ?? 0);
}

export async function saveCheckpoint(sql: Sql, name: string, position: bigint): Promise<void> {
  await sql.query('UPDATE core.projection_checkpoints SET position = $2, updated_at = now() WHERE name = $1', [
    name, position.toString(),
  ]);
}

/** Reads a checkpoint without locking it (0 when it was never saved). */
export async function readCheckpoint(sql: Sql, name: string): Promise<bigint> {
  const [row] = await sql.query<{ position: string }>('SELECT position FROM core.projection_checkpoints WHERE name = $1', [name]);
  return BigInt(row?.position ?? 0);
}

/** Moves a checkpoint forward only: a slower runner of the same follower never moves it back. */
export async function advanceCheckpoint(sql: Sql, name: string, position: bigint): Promise<void> {
  await sql.query(
    `INSERT INTO core.projection_checkpoints (name, position) VALUES ($1, $2)
     ON CONFLICT (name) DO UPDATE SET position = GREATEST(core.projection_checkpoints.position, EXCLUDED.position),
       updated_at = now()`,
    [name, position.toString()],
  );
}
