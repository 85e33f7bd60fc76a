import { defineMigration } from '@hms/sdk';

/**
 * Read models of employees, their licences and leave, all rebuilt from events. Staff numbers are unique
 * regardless of case; the account link is unique too (one login account is one person), so self-service finds
 * exactly one record.
 */
export const createStaffMigration = defineMigration('0001-staff', [
  `CREATE TABLE staff.employees (
    id uuid PRIMARY KEY,
    staff_number text NOT NULL,
    given_name text NOT NULL,
    family_name text NOT NULL,
    work_email text NOT NULL,
    phone text,
    department_id uuid NOT NULL,
    position text NOT NULL,
    account_id text,
    status text NOT NULL,
    first_day date NOT NULL,
    last_day date,
    terms jsonb NOT NULL,
    hired_at timestamptz NOT NULL
  )`,
  `CREATE UNIQUE INDEX employees_staff_number_key ON staff.employees (lower(staff_number))`,
  `CREATE UNIQUE INDEX employees_account_key ON staff.employees (account_id) WHERE account_id IS NOT NULL`,
  `CREATE INDEX employees_name_idx ON staff.employees (lower(family_name), lower(given_name))`,
  `CREATE TABLE staff.licences (
    id uuid PRIMARY KEY,
    employee_id uuid NOT NULL,
    body text NOT NULL,
    number text NOT NULL,
    skills jsonb NOT NULL,
    valid_from date NOT NULL,
    expires_on date NOT NULL,
    expired boolean NOT NULL DEFAULT false
  )`,
  `CREATE INDEX licences_employee_idx ON staff.licences (employee_id)`,
  `CREATE INDEX licences_expiry_idx ON staff.licences (expires_on)`,
  `CREATE TABLE staff.leave_requests (
    id uuid PRIMARY KEY,
    employee_id uuid NOT NULL,
    type text NOT NULL,
    from_date date NOT NULL,
    to_date date NOT NULL,
    days numeric NOT NULL,
    note text,
    status text NOT NULL,
    reason text,
    requested_at timestamptz NOT NULL,
    decided_at timestamptz
  )`,
  `CREATE INDEX leave_requests_employee_idx ON staff.leave_requests (employee_id, from_date)`,
  `CREATE INDEX leave_requests_status_idx ON staff.leave_requests (status, from_date)`,
]);
