import { MikroORM } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { createHash } from 'node:crypto';
import { types as pgTypes } from 'pg';
import type { SqlParam } from '@hms/sdk';
import type { Database, TransactionSql } from './database';

/** The driver's connection as knex's pool hands it out (a node-postgres client). */
interface RawConnection {
  query(config: { text: string; values?: unknown[]; types?: unknown; name?: string }): Promise<{ rows: unknown[] }>;
}

/**
 * MikroORM configures its connections to return dates as strings (it maps them itself); the kernel's own SQL
 * gets node-postgres's standard parsers (timestamptz → Date), the same as on any other pool.
 */
const STANDARD_TYPES = pgTypes;

/**
 * Statements with parameters run as named prepared statements: PostgreSQL parses and plans each text once per
 * connection instead of on every call, which is most of its CPU for the kernel's short, hot statements. The names
 * are capped so that generated SQL (a plugin building IN lists) cannot grow every connection's cache unbounded.
 */
const statementNames = new Map<string, string>();
const MAX_NAMED_STATEMENTS = 2000;

function statementName(text: string): string | undefined {
  const known = statementNames.get(text);
  if (known !== undefined || statementNames.size >= MAX_NAMED_STATEMENTS) return known;
  const name = `hms_${createHash('sha1').update(text).digest('base64url')}`;
  statementNames.set(text, name);
  return name;
}

function run(
  connection: RawConnection,
  text: string,
  params: readonly SqlParam[],
  prepare: boolean,
): Promise<{ rows: unknown[] }> {
  const name = prepare && params.length > 0 ? statementName(text) : undefined;
  return connection.query({ text, values: params as unknown[], types: STANDARD_TYPES, name });
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
    private readonly prepare: boolean,
  ) {}

  static async connect(options: {
    url: string;
    poolSize: number;
    entities?: unknown[];
    /** Receives MikroORM's own messages (migrations applied); silent by default. */
    log?: (message: string) => void;
    /**
     * Use named prepared statements (default). Off for the embedded database: its connections share one backend
     * session, so statement names prepared by one connection collide with another's.
     */
    preparedStatements?: boolean;
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
    return new MikroOrmDatabase(orm, knex.client, options.preparedStatements ?? true);
  }

  async query<R = Record<string, unknown>>(text: string, params: readonly SqlParam[] = []): Promise<R[]> {
    const connection = await this.pool.acquireConnection();
    try {
      return (await run(connection, text, params, this.prepare)).rows as R[];
    } finally {
      await this.pool.releaseConnection(connection);
    }
  }

  async transaction<T>(work: (sql: TransactionSql) => Promise<T>): Promise<T> {
    const connection = await this.pool.acquireConnection();
    const sql: TransactionSql = {
      query: async <R>(text: string, params: readonly SqlParam[] = []) =>
        (await run(connection, text, params, this.prepare)).rows as R[],
    };
    try {
      await run(connection, 'BEGIN', [], false);
      const result = await work(sql);
      await run(connection, 'COMMIT', [], false);
      return result;
    } catch (error) {
      await run(connection, 'ROLLBACK', [], false).catch(() => undefined);
      throw error;
    } finally {
      await this.pool.releaseConnection(connection);
    }
  }

  /** Runs `work` while holding a session-level advisory lock on a connection of its own. */
  async withAdvisoryLock<T>(name: string, work: () => Promise<T>): Promise<T> {
    const connection = await this.pool.acquireConnection();
    try {
      await run(connection, 'SELECT pg_advisory_lock(hashtext($1))', [name], false);
      try {
        return await work();
      } finally {
        await run(connection, 'SELECT pg_advisory_unlock(hashtext($1))', [name], false);
      }
    } finally {
      await this.pool.releaseConnection(connection);
    }
  }

  async close(): Promise<void> {
    await this.orm.close(true);
  }
}
