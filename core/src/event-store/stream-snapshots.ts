import type { Sql } from '@hms/sdk';

/** A stream's state as one fold (`key`) left it after `version` events. */
export interface StreamSnapshot {
  readonly streamId: string;
  readonly key: string;
  readonly version: number;
  readonly state: unknown;
}

/** The snapshots of folded stream states: derived data, written with the events they follow. */
export const streamSnapshots = {
  async read(sql: Sql, streamId: string, key: string): Promise<StreamSnapshot | undefined> {
    const [row] = await sql.query<{ version: number; state: unknown }>(
      'SELECT version, state FROM core.stream_snapshots WHERE stream_id = $1 AND key = $2',
      [streamId, key],
    );
    return row ? { streamId, key, version: row.version, state: row.state } : undefined;
  },

  /** Stores snapshots in one statement; an older one never replaces a newer one (concurrent writers of a stream). */
  async write(sql: Sql, snapshots: readonly StreamSnapshot[]): Promise<void> {
    const latest = new Map<string, StreamSnapshot>();
    for (const snapshot of snapshots) {
      const id = `${snapshot.streamId}\u0000${snapshot.key}`;
      if ((latest.get(id)?.version ?? 0) < snapshot.version) latest.set(id, snapshot);
    }
    if (latest.size === 0) return;
    const rows = [...latest.values()];
    await sql.query(
      `INSERT INTO core.stream_snapshots AS s (stream_id, key, version, state)
       SELECT * FROM unnest($1::text[], $2::text[], $3::int[], $4::jsonb[])
       ON CONFLICT (stream_id, key) DO UPDATE SET version = EXCLUDED.version, state = EXCLUDED.state, taken_at = now()
        WHERE s.version < EXCLUDED.version`,
      [
        rows.map((r) => r.streamId),
        rows.map((r) => r.key),
        rows.map((r) => r.version),
        rows.map((r) => JSON.stringify(r.state)),
      ],
    );
  },
};
