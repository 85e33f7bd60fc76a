import { defineMigration, type MigrationDefinition } from '@hms/sdk';

/**
 * Report runs and their results, in the `core` schema: what was asked (report, parameters with their defaults
 * applied), by whom and when, how far it got, and the result table (JSON) or the error code it failed with.
 */
export const reportRunsMigrations: readonly MigrationDefinition[] = [
  defineMigration('0301-report-runs', [
    `CREATE TABLE core.report_runs (
      id uuid PRIMARY KEY,
      report text NOT NULL,
      plugin text NOT NULL,
      parameters jsonb NOT NULL,
      requested_by uuid NOT NULL CONSTRAINT report_runs_requested_by_fk REFERENCES core.accounts (id),
      requested_at timestamptz NOT NULL,
      status text NOT NULL DEFAULT 'queued'
        CONSTRAINT report_runs_status_check CHECK (status IN ('queued', 'running', 'completed', 'failed')),
      progress integer NOT NULL DEFAULT 0 CONSTRAINT report_runs_progress_check CHECK (progress BETWEEN 0 AND 100),
      started_at timestamptz,
      finished_at timestamptz,
      result jsonb,
      error text,
      CONSTRAINT report_runs_result_iff_completed CHECK ((status = 'completed') = (result IS NOT NULL))
    )`,
    'CREATE INDEX report_runs_requester_idx ON core.report_runs (requested_by, requested_at DESC)',
    'CREATE INDEX report_runs_requested_at_idx ON core.report_runs (requested_at)',
  ]),
];
