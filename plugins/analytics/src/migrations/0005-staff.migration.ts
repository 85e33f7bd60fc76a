import { defineMigration } from '@hms/sdk';

/**
 * The workforce as the staff plugin publishes it, with no names, contacts or salaries: each employee's department,
 * position, employment dates and contracted weekly hours; rostered working windows; clocked sessions; leave;
 * mandatory training rules and completions; and each pay run's gross pay per employee and department.
 */
export const createStaffMigration = defineMigration('0005-staff', [
  `CREATE TABLE analytics.staff_members (
    employee_id uuid PRIMARY KEY,
    department_id uuid NOT NULL,
    position text NOT NULL,
    first_day date NOT NULL,
    last_day date,
    weekly_hours jsonb NOT NULL
  )`,
  `CREATE TABLE analytics.staff_rostered (
    ward_id uuid NOT NULL,
    period_from date NOT NULL,
    period_to date NOT NULL,
    employee_id uuid NOT NULL,
    day date NOT NULL,
    start_at timestamptz NOT NULL,
    end_at timestamptz NOT NULL
  )`,
  `CREATE INDEX staff_rostered_ward_idx ON analytics.staff_rostered (ward_id, period_from, period_to)`,
  `CREATE INDEX staff_rostered_start_idx ON analytics.staff_rostered (start_at)`,
  `CREATE TABLE analytics.staff_clocked (
    employee_id uuid NOT NULL,
    clocked_in_at timestamptz NOT NULL,
    clocked_out_at timestamptz NOT NULL,
    PRIMARY KEY (employee_id, clocked_in_at)
  )`,
  `CREATE TABLE analytics.staff_leave (
    request_id uuid PRIMARY KEY,
    employee_id uuid NOT NULL,
    type text NOT NULL,
    from_day date NOT NULL,
    to_day date NOT NULL,
    status text NOT NULL
  )`,
  `CREATE TABLE analytics.staff_mandatory_training (
    course_code text PRIMARY KEY,
    valid_for_months integer,
    positions text[] NOT NULL
  )`,
  `CREATE TABLE analytics.staff_training_completions (
    employee_id uuid NOT NULL,
    course_code text NOT NULL,
    completed_on date NOT NULL,
    PRIMARY KEY (employee_id, course_code, completed_on)
  )`,
  `CREATE TABLE analytics.staff_pay (
    pay_group text NOT NULL,
    period_from date NOT NULL,
    period_to date NOT NULL,
    employee_id uuid NOT NULL,
    department_id uuid,
    currency text NOT NULL,
    gross bigint NOT NULL,
    PRIMARY KEY (pay_group, period_from, period_to, employee_id)
  )`,
]);
