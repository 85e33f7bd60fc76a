import { Pool, type PoolClient, type PoolConfig } from 'pg';
import type { SqlParam } from '@hms/sdk';
import type { Database, TransactionSql } from './database';

/**
 * {@link Database} on a node-postgres pool. The kernel's hot paths (event store, audit, projections) run
 * their SQL here directly: MikroORM maps read models and the kernel's own entities, but a query builder adds
 * nothing to an INSERT the store writes thousands of times a second.
 */
export class PgDatabase implements Database {
  readonly pool: Pool;

  constructor(config: PoolConfig) {
    this.pool = new Pool(config);
    // An idle client that errors (server restart) must not crash the process; the next checkout reconnects.
    this.pool.on('error', () => undefined);
  }

  async query<R = Record<string, unknown>>(text: string, params: readonly SqlParam[] = []): Promise<R[]> {
    const result = await this.pool.query(text, params as unknown[]);
    return result.rows as R[];
  }

  async transaction<T>(work: (sql: TransactionSql) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    let broken = false;
    try {
      await client.query('BEGIN');
      const result = await work(clientSql(client));
      await client.query('COMMIT');
      return result;
    } catch (error) {
      broken = await rollback(client);
      throw error;
    } finally {
      client.release(broken);
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

function clientSql(client: PoolClient): TransactionSql {
  return {
    async query<R>(text: string, params: readonly SqlParam[] = []): Promise<R[]> {
      const result = await client.query(text, params as unknown[]);
      return result.rows as R[];
    },
  };
}

/** Rolls back; answers whether the connection is unusable and must be discarded. */
async function rollback(client: PoolClient): Promise<boolean> {
  try {
    await client.query('ROLLBACK');
    return false;
  } catch {
    return true;
  }
}
