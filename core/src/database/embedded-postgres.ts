import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { freePort } from './free-port';

/** A running embedded PostgreSQL (PGlite) reachable over TCP by the ordinary driver. */
export interface EmbeddedPostgres {
  readonly url: string;
  stop(): Promise<void>;
}

/**
 * Starts PGlite (a real PostgreSQL compiled to WebAssembly) with its data under `dataDir` (or in memory), served
 * on a free loopback port through pglite-socket, so MikroORM and the event store use the same driver and SQL as
 * against a PostgreSQL server. PGlite runs one backend: the socket server queues queries and keeps a transaction
 * on the connection that opened it.
 */
export async function startEmbeddedPostgres(options: {
  dataDir?: string;
  maxConnections: number;
}): Promise<EmbeddedPostgres> {
  // Loaded on demand through their CommonJS builds: a server install never pays for the WebAssembly build, and
  // require() (unlike import()) also works under Jest without its experimental ESM mode.
  /* eslint-disable @typescript-eslint/no-require-imports, @typescript-eslint/consistent-type-imports -- lazy */
  const { PGlite } = require('@electric-sql/pglite') as typeof import('@electric-sql/pglite');
  const { PGLiteSocketServer } = require('@electric-sql/pglite-socket') as typeof import('@electric-sql/pglite-socket');
  /* eslint-enable @typescript-eslint/no-require-imports, @typescript-eslint/consistent-type-imports */
  let dataDir: string | undefined;
  if (options.dataDir) {
    dataDir = path.resolve(options.dataDir, 'pgdata');
    mkdirSync(dataDir, { recursive: true });
  }
  const db = await PGlite.create(dataDir);
  const port = await freePort();
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port, maxConnections: options.maxConnections });
  await server.start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
