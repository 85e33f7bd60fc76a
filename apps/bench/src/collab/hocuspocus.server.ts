import { Database } from '@hocuspocus/extension-database';
import { Server } from '@hocuspocus/server';
import { Pool } from 'pg';
import { freePort } from '@hms/core';
import type { RunningCollabServer } from './collab-server.protocol';

/** Hocuspocus's documents, in the benchmark's database (dropped with it). */
const TABLE = 'bench_hocuspocus_documents';

/**
 * Hocuspocus 3 as its documentation sets it up with persistence: the Database extension storing each document's
 * whole state in PostgreSQL, on Hocuspocus's default debounce (2 s after the last change, at most 10 s).
 * Like the quick-start, no authentication hook: it is given the benefit of doing less per connection.
 */
export async function startHocuspocusServer(databaseUrl: string): Promise<RunningCollabServer> {
  const pool = new Pool({ connectionString: databaseUrl, max: 10 });
  try {
    await pool.query(`CREATE TABLE IF NOT EXISTS ${TABLE} (name text PRIMARY KEY, data bytea NOT NULL, stored_at timestamptz NOT NULL DEFAULT now())`);
    const server = new Server({
      address: '127.0.0.1',
      port: await freePort(),
      quiet: true,
      stopOnSignals: false,
      extensions: [
        new Database({
          fetch: async ({ documentName }) => {
            const found = await pool.query<{ data: Buffer }>(`SELECT data FROM ${TABLE} WHERE name = $1`, [documentName]);
            return found.rows[0]?.data ?? null;
          },
          store: async ({ documentName, state }) => {
            await pool.query(
              `INSERT INTO ${TABLE} (name, data) VALUES ($1, $2)
               ON CONFLICT (name) DO UPDATE SET data = EXCLUDED.data, stored_at = now()`,
              [documentName, state],
            );
          },
        }),
      ],
    });
    await server.listen();
    return {
      wsUrl: server.webSocketURL,
      token: null,
      stop: async () => {
        await server.destroy();
        await pool.end();
      },
    };
  } catch (error) {
    await pool.end();
    throw error;
  }
}
