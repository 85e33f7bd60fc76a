import { MikroORM } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { types as pgTypes } from 'pg';
import type { SqlParam } from '@hms/sdk';
import type { Database, TransactionSql } from './database';

/** The driver's connection as knex's pool hands it out (a node-postgres client). */
interface RawConnection {
  query(config: { text: string; values?: unknown[]; types?: unknown }): Promise<{ rows: unknown[] }>;
}

/**
 * MikroORM configures its connections to return dates as strings (it maps them itself); the kernel's own SQL
 * gets node-postgres's standard parsers (timestamptz → Date), the same as on any other pool.
 */
const STANDARD_TYPES = pgTypes;

function run(connection: RawConnection, text: string, params: readonly SqlParam[]): Promise<{ rows: unknown[] }> {
  return connection.query({ text, values: params as unknown[], types: STANDARD_TYPES });
}

interface KnexPoolClient {
  acquireConnection(): Promise<RawConnection>;
  releaseConnection(connection: RawConnection): Promise<void>;
}

/**
 * {@link Database} on MikroORM's connection pool: one pool per process serves the ORM (entities, migrations) and
 * the kernel's hand-written SQL. The event store, projections and audit log use the raw connection, because a
 * query builder adds nothing to statements run thousands of times a second.
 */
export class MikroOrmDatabase implements Database {
  private constructor(
    readonly orm: MikroORM,
    private readonly pool: KnexPoolClient,
  ) {}

  static async connect(options: {
    url: string;
    poolSize: number;
    entities?: unknown[];
    /** Receives MikroORM's own messages (migrations applied); silent by default. */
    log?: (message: string) => void;
  }): Promise<MikroOrmDatabase> {
    const orm = await MikroORM.init({
      clientUrl: options.url,
      entities: (options.entities ?? []) as never,
      discovery: { warnWhenNoEntities: false },
      pool: { min: 0, max: options.poolSize },
      extensions: [Migrator],
      migrations: { tableName: 'core.schema_migrations', transactional: true, allOrNothing: false, snapshot: false },
      debug: false,
      logger: options.log ?? (() => undefined),
      allowGlobalContext: false,
    });
    const knex = orm.em.getConnection().getKnex() as unknown as { client: KnexPoolClient };
    return new MikroOrmDatabase(orm, knex.client);
  }

  async query<R = Record<string, unknown>>(text: string, params: readonly SqlParam[] = []): Promise<R[]> {
    const connection = await this.pool.acquireConnection();
    try {
      return (await run(connection, text, params)).rows as R[];
    } finally {
      await this.pool.releaseConnection(connection);
    }
  }

  async transaction<T>(work: (sql: TransactionSql) => Promise<T>): Promise<T> {
    const connection = await this.pool.acquireConnection();
    const sql: TransactionSql = {
      query: async <R>(text: string, params: readonly SqlParam[] = []) =>
        (await run(connection, text, params)).rows as R[],
    };
    try {
      await run(connection, 'BEGIN', []);
      const result = await work(sql);
      await run(connection, 'COMMIT', []);
      return result;
    } catch (error) {
      await run(connection, 'ROLLBACK', []).catch(() => undefined);
      throw error;
    } finally {
      await this.pool.releaseConnection(connection);
    }
  }

  /** Runs `work` while holding a session-level advisory lock on a connection of its own. */
  async withAdvisoryLock<T>(name: string, work: () => Promise<T>): Promise<T> {
    const connection = await this.pool.acquireConnection();
    try {
      await run(connection, 'SELECT pg_advisory_lock(hashtext($1))', [name]);
      try {
        return await work();
      } finally {
        await run(connection, 'SELECT pg_advisory_unlock(hashtext($1))', [name]);
      }
    } finally {
      await this.pool.releaseConnection(connection);
    }
  }

  async close(): Promise<void> {
    await this.orm.close(true);
  }
}
