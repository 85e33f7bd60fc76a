import type { MigrationDefinition } from '@hms/sdk';
import type { Database } from './database';

/**
 * Applies a schema's migrations in name order, each once, each in its own transaction together with its record
 * in `<schema>.migrations`. Concurrent starters serialise on an advisory transaction lock.
 */
export async function applyMigrations(db: Database, schema: string, migrations: readonly MigrationDefinition[]): Promise<string[]> {
  const applied: string[] = [];
  await db.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
  await db.query(`CREATE TABLE IF NOT EXISTS ${schema}.migrations (name text PRIMARY KEY, executed_at timestamptz NOT NULL DEFAULT now())`);
  for (const migration of [...migrations].sort((a, b) => a.name.localeCompare(b.name))) {
    const done = await db.transaction(async (sql) => {
      await sql.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`hms.migrate.${schema}`]);
      const existing = await sql.query(`SELECT 1 FROM ${schema}.migrations WHERE name = $1`, [migration.name]);
      if (existing.length > 0) return false;
      for (const statement of migration.up) await sql.query(statement);
      await sql.query(`INSERT INTO ${schema}.migrations (name) VALUES ($1)`, [migration.name]);
      return true;
    });
    if (done) applied.push(migration.name);
  }
  return applied;
}
