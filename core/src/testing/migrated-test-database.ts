import type { MigrationDefinition } from '@hms/sdk';
import { MikroOrmDatabase } from '../database/mikro-orm-database';
import { migrateSchemas } from '../database/schema-migrations';
import { createTestDatabase } from './test-database';

/** A fresh test database with the given core migrations applied the way the kernel applies them. */
export interface MigratedTestDatabase {
  readonly db: MikroOrmDatabase;
  readonly url: string;
  close(): Promise<void>;
}

export async function openMigratedTestDatabase(
  coreMigrations: readonly MigrationDefinition[],
  poolSize = 10,
): Promise<MigratedTestDatabase> {
  const database = await createTestDatabase();
  const db = await MikroOrmDatabase.connect({ url: database.url, poolSize });
  await migrateSchemas(db, true, [{ schema: 'core', migrations: coreMigrations }]);
  return {
    db,
    url: database.url,
    async close() {
      await db.close();
      await database.drop();
    },
  };
}
