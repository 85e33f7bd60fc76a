import type { Pool } from 'pg';
import { BENCH_NOTE_ID_PREFIX } from './bench-collab.plugin';
import type { CollabServerKey } from './collab-server.protocol';
import { hocuspocusTables } from './hocuspocus.server';

/**
 * What each server had written to PostgreSQL by the end of the run, read from the benchmark's database: the
 * evidence that persistence was on for each. Ours stores every update (the `revision` of a note counts them);
 * Hocuspocus stores a note's whole state, after its debounce or when its last client leaves.
 */
export async function persistedLine(pool: Pool, server: CollabServerKey, editsSent: number): Promise<string> {
  try {
    if (server === 'ours') {
      const found = await pool.query<{ notes: string; updates: string }>(
        `SELECT count(*) AS notes, coalesce(sum(revision), 0) AS updates FROM core.collab_documents WHERE id LIKE $1`,
        [`${BENCH_NOTE_ID_PREFIX}%`],
      );
      const row = found.rows[0];
      return `persisted by ours: ${row?.updates ?? 0} updates in ${row?.notes ?? 0} notes (clients sent ${editsSent} edits)`;
    }
    const durable = server === 'hocuspocus-durable';
    const tables = hocuspocusTables({ durableBeforeRelay: durable });
    const found = await pool.query<{ notes: string }>(
      `SELECT count(*) AS notes FROM ${tables.documents} WHERE name LIKE $1`,
      [`${BENCH_NOTE_ID_PREFIX}%`],
    );
    const notes = `the state of ${found.rows[0]?.notes ?? 0} notes`;
    if (!durable) return `persisted by Hocuspocus: ${notes} (clients sent ${editsSent} edits)`;
    const messages = await pool.query<{ messages: string }>(`SELECT count(*) AS messages FROM ${tables.messages}`);
    return (
      `persisted by Hocuspocus + durable write: ${messages.rows[0]?.messages ?? 0} messages before handling them, ` +
      `and ${notes} (clients sent ${editsSent} edits)`
    );
  } catch (error) {
    return `persisted by ${server}: could not read (${(error as Error).message})`;
  }
}
