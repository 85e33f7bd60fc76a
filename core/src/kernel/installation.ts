import type { Sql } from '@hms/sdk';

/** Who this installation is: its stored id, and the Redis prefix its queues and counters use unless configured. */
export interface Installation {
  readonly id: string;
  readonly defaultRedisPrefix: string;
}

/**
 * Reads the installation's id (made by its first migration) and derives its default Redis prefix from the database
 * name and that id: `hms-<database>-<first 8 hex digits>`. Two installations on one Redis then never share a queue,
 * even when their databases have the same name on different servers; restoring a backup keeps the prefix.
 * @example
 * const { id, defaultRedisPrefix } = await readInstallation(db); // 'hms-hospital-3f2a9c1d'
 */
export async function readInstallation(sql: Sql): Promise<Installation> {
  const [row] = await sql.query<{ id: string; database: string }>(
    'SELECT id::text AS id, current_database() AS database FROM core.installation',
  );
  if (!row) throw new Error('core.installation has no row: the kernel schema was not migrated');
  const database = row.database
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .slice(0, 40);
  return { id: row.id, defaultRedisPrefix: `hms-${database}-${row.id.replace(/-/g, '').slice(0, 8)}` };
}
