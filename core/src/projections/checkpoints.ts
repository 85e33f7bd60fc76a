import type { Sql } from '@hms/sdk';
import { START_OF_STORE, type GlobalCursor } from '../event-store/global-cursor';

interface CheckpointRow {
  transaction_id: string;
  position: string;
  position_floor: string;
}

const CURSOR_COLUMNS = 'transaction_id::text AS transaction_id, position, position_floor';

function toCursor(row: CheckpointRow | undefined): GlobalCursor {
  if (!row) return START_OF_STORE;
  return {
    transactionId: BigInt(row.transaction_id),
    position: BigInt(row.position),
    floor: BigInt(row.position_floor),
  };
}

/**
 * Locks a projection's checkpoint row for the rest of the transaction and returns its cursor. Every runner
 * of the projection (on any instance) and a rebuild take this lock, so batches never interleave. The row exists
 * after the first batch, so the common case is one statement; the insert runs only when it is missing.
 */
export async function lockCheckpoint(sql: Sql, name: string): Promise<GlobalCursor> {
  const lock = () =>
    sql.query<CheckpointRow>(`SELECT ${CURSOR_COLUMNS} FROM core.projection_checkpoints WHERE name = $1 FOR UPDATE`, [
      name,
    ]);
  let [row] = await lock();
  if (!row) {
    await sql.query('INSERT INTO core.projection_checkpoints (name) VALUES ($1) ON CONFLICT (name) DO NOTHING', [name]);
    [row] = await lock();
  }
  return toCursor(row);
}

export async function saveCheckpoint(sql: Sql, name: string, cursor: GlobalCursor): Promise<void> {
  await sql.query(
    `UPDATE core.projection_checkpoints SET transaction_id = $2::xid8, position = $3, position_floor = $4,
       updated_at = now() WHERE name = $1`,
    [name, cursor.transactionId.toString(), cursor.position.toString(), cursor.floor.toString()],
  );
}

/** Reads a checkpoint without locking it (the start of the store when it was never saved). */
export async function readCheckpoint(sql: Sql, name: string): Promise<GlobalCursor> {
  const [row] = await sql.query<CheckpointRow>(
    `SELECT ${CURSOR_COLUMNS} FROM core.projection_checkpoints WHERE name = $1`,
    [name],
  );
  return toCursor(row);
}

/** Moves a checkpoint forward only: a slower runner of the same follower never moves it back. */
export async function advanceCheckpoint(sql: Sql, name: string, cursor: GlobalCursor): Promise<void> {
  await sql.query(
    `INSERT INTO core.projection_checkpoints AS c (name, transaction_id, position, position_floor)
       VALUES ($1, $2::xid8, $3, $4)
     ON CONFLICT (name) DO UPDATE
       SET transaction_id = EXCLUDED.transaction_id, position = EXCLUDED.position, updated_at = now()
       WHERE (c.transaction_id, c.position) < (EXCLUDED.transaction_id, EXCLUDED.position)`,
    [name, cursor.transactionId.toString(), cursor.position.toString(), cursor.floor.toString()],
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
 * Whether events of `types` up to position `upTo` lie past the checkpoint `name`. A follower's read stops at the
 * oldest running transaction, which is cluster-wide: such events may exist and still be unreadable for a moment.
 */
export async function hasPendingEvents(
  sql: Sql,
  name: string,
  upTo: string,
  types: readonly string[],
): Promise<boolean> {
  const cursor = await readCheckpoint(sql, name);
  const rows = await sql.query(
    `SELECT 1 FROM core.events
      WHERE (transaction_id, position) > ($1::xid8, $2::bigint) AND position > $3
        AND position <= $4 AND event_type = ANY($5::text[]) LIMIT 1`,
    [cursor.transactionId.toString(), cursor.position.toString(), cursor.floor.toString(), upTo, types],
  );
  return rows.length > 0;
}
