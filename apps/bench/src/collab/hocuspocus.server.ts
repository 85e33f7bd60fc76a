import { Database } from '@hocuspocus/extension-database';
import { Server } from '@hocuspocus/server';
import { Pool } from 'pg';
import { freePort } from '@hms/core';
import type { RunningCollabServer } from './collab-server.protocol';

/** Hocuspocus's tables in the benchmark's database (dropped with it): each server its own. */
export function hocuspocusTables(options: { durableBeforeRelay: boolean }): { documents: string; messages: string } {
  const prefix = options.durableBeforeRelay ? 'bench_hocuspocus_durable' : 'bench_hocuspocus';
  // `messages`: every message the durable yardstick received, written before Hocuspocus handles it.
  return { documents: `${prefix}_documents`, messages: `${prefix}_messages` };
}

/**
 * Hocuspocus 3 as its documentation sets it up with persistence: the Database extension storing each document's
 * whole state in PostgreSQL, on Hocuspocus's default debounce (2 s after the last change, at most 10 s).
 * Like the quick-start, no authentication hook: it is given the benefit of doing less per connection. With
 * `durableBeforeRelay`, each incoming message is first written durably (the yardstick, not a product setup).
 */
export async function startHocuspocusServer(
  databaseUrl: string,
  options: { durableBeforeRelay: boolean },
): Promise<RunningCollabServer> {
  const pool = new Pool({ connectionString: databaseUrl, max: 10 });
  // An idle connection can be ended by the server (a dropped database, a restart); the pool replaces it. Without a
  // listener, node-postgres would raise that as an unhandled error and end the whole benchmark.
  pool.on('error', () => undefined);
  const { documents: TABLE, messages: MESSAGES_TABLE } = hocuspocusTables(options);
  try {
    await pool.query(
      `CREATE TABLE IF NOT EXISTS ${TABLE} (name text PRIMARY KEY, data bytea NOT NULL, stored_at timestamptz NOT NULL DEFAULT now())`,
    );
    await pool.query(
      `CREATE TABLE IF NOT EXISTS ${MESSAGES_TABLE} (id bigserial PRIMARY KEY, name text NOT NULL, message bytea NOT NULL)`,
    );
    // The yardstick: Hocuspocus awaits this hook before it applies and relays a message, so each message waits
    // for one autocommit INSERT (one round trip, one WAL flush) — the least any persist-before-relay server pays.
    const durableWrite = {
      beforeHandleMessage: async ({
        documentName,
        update,
      }: {
        documentName: string;
        update: Uint8Array;
      }): Promise<void> => {
        await pool.query(`INSERT INTO ${MESSAGES_TABLE} (name, message) VALUES ($1, $2)`, [
          documentName,
          Buffer.from(update),
        ]);
      },
    };
    const server = new Server({
      address: '127.0.0.1',
      port: await freePort(),
      quiet: true,
      stopOnSignals: false,
      extensions: [
        new Database({
          fetch: async ({ documentName }) => {
            const found = await pool.query<{ data: Buffer }>(`SELECT data FROM ${TABLE} WHERE name = $1`, [
              documentName,
            ]);
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
        ...(options.durableBeforeRelay ? [durableWrite] : []),
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
