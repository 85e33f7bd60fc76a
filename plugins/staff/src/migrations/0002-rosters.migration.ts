import { defineMigration } from '@hms/sdk';

/**
 * Rosters' read models: each ward's shift types and time zone, each published roster (the latest version of a
 * ward's period), every person's working windows from it, which practitioners' availability is built from, and
 * shift swaps.
 */
export const createRostersMigration = defineMigration('0002-rosters', [
  `CREATE TABLE staff.ward_shifts (
    ward_id uuid PRIMARY KEY,
    time_zone text NOT NULL,
    shift_types jsonb NOT NULL,
    defined_at timestamptz NOT NULL
  )`,
  `CREATE TABLE staff.rosters (
    ward_id uuid NOT NULL,
    period_from date NOT NULL,
    period_to date NOT NULL,
    version integer NOT NULL,
    assignments jsonb NOT NULL,
    shortfalls integer NOT NULL,
    published_at timestamptz NOT NULL,
    PRIMARY KEY (ward_id, period_from, period_to)
  )`,
  `CREATE TABLE staff.rostered_windows (
    ward_id uuid NOT NULL,
    period_from date NOT NULL,
    period_to date NOT NULL,
    employee_id uuid NOT NULL,
    date date NOT NULL,
    starts_at timestamptz NOT NULL,
    ends_at timestamptz NOT NULL
  )`,
  `CREATE INDEX rostered_windows_employee_idx ON staff.rostered_windows (employee_id, date)`,
  `CREATE INDEX rostered_windows_roster_idx ON staff.rostered_windows (ward_id, period_from, period_to)`,
  `CREATE TABLE staff.shift_swaps (
    id uuid PRIMARY KEY,
    requester_id uuid NOT NULL,
    colleague_id uuid NOT NULL,
    ward_id uuid NOT NULL,
    gives jsonb NOT NULL,
    takes jsonb,
    status text NOT NULL,
    reason text,
    requested_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL
  )`,
  `CREATE INDEX shift_swaps_status_idx ON staff.shift_swaps (status, requested_at)`,
]);
