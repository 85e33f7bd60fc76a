import type { Sql, SqlParam } from '@hms/sdk';

/** A connection inside a transaction; statements run in order on one PostgreSQL connection. */
export type TransactionSql = Sql;

/**
 * The kernel's access to PostgreSQL. One pool for everything (shared with MikroORM), so a command's events,
 * inline projections, idempotency record and audit record commit in one transaction.
 */
export interface Database extends Sql {
  query<R = Record<string, unknown>>(text: string, params?: readonly SqlParam[]): Promise<R[]>;
  /** Runs `work` in one transaction (READ COMMITTED): committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (sql: TransactionSql) => Promise<T>): Promise<T>;
}
