import { defineMigration, type MigrationDefinition } from '@hms/sdk';

/**
 * The installation's identity: one row, created with the schema, never changed. It tells this installation's
 * resources apart in places several installations may share (Redis: queue and counter prefixes, job stamps).
 */
export const installationMigrations: readonly MigrationDefinition[] = [
  defineMigration('0601-installation', [
    `CREATE TABLE core.installation (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      one_row boolean NOT NULL DEFAULT true UNIQUE CHECK (one_row),
      created_at timestamptz NOT NULL DEFAULT now()
    )`,
    `INSERT INTO core.installation DEFAULT VALUES`,
  ]),
];
