import { defineMigration } from '@hms/sdk';

/**
 * The department list. Employees keep their `department_id` (no foreign key): ids from before the list stay valid
 * and are listed as unnamed until HR names them.
 */
export const createDepartmentsMigration = defineMigration('0007-departments', [
  `CREATE TABLE staff.departments (
    id uuid PRIMARY KEY,
    name text NOT NULL,
    status text NOT NULL,
    defined_at timestamptz NOT NULL
  )`,
  `CREATE INDEX departments_name_idx ON staff.departments (lower(name)) WHERE status = 'active'`,
]);
