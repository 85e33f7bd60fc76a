import type { Sql } from '@hms/sdk';

/**
 * Locks a projection's checkpoint row for the rest of the transaction and returns its position. Every runner
 * of the projection (on any instance) and a rebuild take this lock, so batches never interleave. The row exists
 * after the first batch, so the common case is one statement; the insert runs only when it is missing.
 */
export async function lockCheckpoint(sql: Sql, name: string): Promise<bigint> {
  const lock = () =>
    sql.query<{ position: string }>('SELECT position FROM core.projection_checkpoints WHERE name = $1 FOR UPDATE', [
      name,
    ]);
  let [row] = await lock();
  if (!row) {
    await sql.query('INSERT INTO core.projection_checkpoints (name) VALUES ($1) ON CONFLICT (name) DO NOTHING', [name]);
    [row] = await lock();
  }
  return BigInt(row?.position ?? 0);
}

export async function saveCheckpoint(sql: Sql, name: string, position: bigint): Promise<void> {
  await sql.query('UPDATE core.projection_checkpoints SET position = $2, updated_at = now() WHERE name = $1', [
    name,
    position.toString(),
  ]);
}

/** Reads a checkpoint without locking it (0 when it was never saved). */
export async function readCheckpoint(sql: Sql, name: string): Promise<bigint> {
  const [row] = await sql.query<{ position: string }>(
    'SELECT position FROM core.projection_checkpoints WHERE name = $1',
    [name],
  );
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

/** The store's last position now: what a catch-up must reach. */
export async function headPosition(sql: Sql): Promise<string> {
  const [head] = await sql.query<{ position: string }>(
    'SELECT coalesce(max(position), 0) AS position FROM core.events',
  );
  return head?.position ?? '0';
}

/**
 * Whether events of `types` up to `upTo` lie past the checkpoint `name`. A follower's read stops at the oldest
 * running transaction, which is cluster-wide: such events may exist and still be unreadable for a moment.
 */
export async function hasPendingEvents(
  sql: Sql,
  name: string,
  upTo: string,
  types: readonly string[],
): Promise<boolean> {
  const rows = await sql.query(
    `SELECT 1 FROM core.events e
      WHERE e.position > (SELECT coalesce(max(position), 0) FROM core.projection_checkpoints WHERE name = $1)
        AND e.position <= $2 AND e.event_type = ANY($3::text[]) LIMIT 1`,
    [name, upTo, types],
  );
  return rows.length > 0;
}
