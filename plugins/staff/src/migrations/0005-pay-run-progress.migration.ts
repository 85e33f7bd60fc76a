import { defineMigration } from '@hms/sdk';

/**
 * Pay runs calculated in the background: the latest run's progress beside the period's last completed calculation
 * (which has no date while the first run is still running).
 */
export const createPayRunProgressMigration = defineMigration('0005-pay-run-progress', [
  `ALTER TABLE staff.pay_runs
     ALTER COLUMN calculated_at DROP NOT NULL,
     ADD COLUMN progress_run integer,
     ADD COLUMN progress_status text,
     ADD COLUMN progress_done integer NOT NULL DEFAULT 0,
     ADD COLUMN progress_total integer NOT NULL DEFAULT 0,
     ADD COLUMN progress_started_at timestamptz,
     ADD COLUMN progress_finished_at timestamptz,
     ADD COLUMN progress_error text`,
]);
