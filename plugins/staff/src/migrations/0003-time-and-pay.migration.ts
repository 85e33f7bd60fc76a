import { defineMigration } from '@hms/sdk';

/**
 * Clocked sessions (an open one has no `clocked_out_at`), pay groups, pay runs and their payslips (the latest run
 * of each period; a recalculation replaces its payslips).
 */
export const createTimeAndPayMigration = defineMigration('0003-time-and-pay', [
  `CREATE TABLE staff.clock_sessions (
    employee_id uuid NOT NULL,
    clocked_in_at timestamptz NOT NULL,
    clocked_out_at timestamptz,
    kiosk_id text NOT NULL,
    PRIMARY KEY (employee_id, clocked_in_at)
  )`,
  `CREATE TABLE staff.pay_runs (
    pay_group text NOT NULL,
    period_from date NOT NULL,
    period_to date NOT NULL,
    run integer NOT NULL,
    status text NOT NULL,
    currency text NOT NULL,
    payslips integer NOT NULL,
    total_gross bigint NOT NULL,
    total_net bigint NOT NULL,
    calculated_at timestamptz NOT NULL,
    locked_at timestamptz,
    PRIMARY KEY (pay_group, period_from, period_to)
  )`,
  `CREATE TABLE staff.payslips (
    pay_group text NOT NULL,
    period_from date NOT NULL,
    period_to date NOT NULL,
    employee_id uuid NOT NULL,
    payslip jsonb NOT NULL,
    PRIMARY KEY (pay_group, period_from, period_to, employee_id)
  )`,
  `CREATE INDEX payslips_employee_idx ON staff.payslips (employee_id, period_from)`,
]);
