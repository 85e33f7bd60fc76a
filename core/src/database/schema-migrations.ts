import { Migration, Migrator } from '@mikro-orm/migrations';
import type { MigrationDefinition } from '@hms/sdk';
import type { MikroOrmDatabase } from './mikro-orm-database';

/** The migrations of one PostgreSQL schema: the kernel's (`core`) or a plugin's. */
export interface SchemaMigrations {
  readonly schema: string;
  readonly migrations: readonly MigrationDefinition[];
}

/**
 * Brings the kernel's and the enabled plugins' schemas up to date with MikroORM's migrator, in dependency order,
 * each migration once and in its own transaction, recorded in `core.schema_migrations` as `<schema>/<name>`.
 * A disabled plugin's migrations are not in the list, so its tables stay untouched. Processes starting together
 * take turns on an advisory lock.
 */
export async function migrateSchemas(
  db: MikroOrmDatabase,
  shared: boolean,
  units: readonly SchemaMigrations[],
): Promise<string[]> {
  // Only a shared server has other processes to take turns with; the embedded database belongs to one process.
  const exclusive = <T>(work: () => Promise<T>): Promise<T> =>
    shared ? db.withAdvisoryLock('hms.schema-migrations', work) : work();
  return exclusive(async () => {
    for (const { schema } of units) await db.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    const migrationsList = units.flatMap(({ schema, migrations }) =>
      [...migrations]
        .sort((a, b) => a.name.localeCompare(b.name))
        .map((m) => ({ name: `${schema}/${m.name}`, class: sqlMigration(m) })),
    );
    const config = db.orm.config;
    config.set('migrations', { ...config.get('migrations'), migrationsList });
    const executed = await new Migrator(db.orm.em).up();
    return executed.map((m) => m.name);
  });
}

function sqlMigration(
  definition: MigrationDefinition,
): new (...args: ConstructorParameters<typeof Migration>) => Migration {
  return class extends Migration {
    override async up(): Promise<void> {
      for (const statement of definition.up) this.addSql(statement);
    }
  };
}
