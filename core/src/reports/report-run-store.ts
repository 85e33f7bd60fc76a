import type { ReportResult, Sql } from '@hms/sdk';

export type ReportRunStatus = 'queued' | 'running' | 'completed' | 'failed';

/** A row of `core.report_runs`. */
export interface ReportRun {
  readonly id: string;
  readonly report: string;
  readonly plugin: string;
  readonly parameters: Record<string, unknown>;
  readonly requestedBy: string;
  readonly requestedAt: Date;
  readonly status: ReportRunStatus;
  readonly progress: number;
  readonly startedAt: Date | null;
  readonly finishedAt: Date | null;
  readonly result: ReportResult | null;
  readonly error: string | null;
}

interface RunRow {
  id: string;
  report: string;
  plugin: string;
  parameters: Record<string, unknown>;
  requested_by: string;
  requested_at: Date;
  status: ReportRunStatus;
  progress: number;
  started_at: Date | null;
  finished_at: Date | null;
  result: ReportResult | null;
  error: string | null;
}

const toRun = (row: RunRow): ReportRun => ({
  id: row.id,
  report: row.report,
  plugin: row.plugin,
  parameters: row.parameters,
  requestedBy: row.requested_by,
  requestedAt: row.requested_at,
  status: row.status,
  progress: row.progress,
  startedAt: row.started_at,
  finishedAt: row.finished_at,
  result: row.result,
  error: row.error,
});

/**
 * The SQL of `core.report_runs`. Every change of state is one guarded UPDATE, so racing workers cannot undo each other.
 */
export const reportRuns = {
  async insert(
    sql: Sql,
    run: Pick<ReportRun, 'id' | 'report' | 'plugin' | 'parameters' | 'requestedBy' | 'requestedAt'>,
  ): Promise<void> {
    await sql.query(
      `INSERT INTO core.report_runs (id, report, plugin, parameters, requested_by, requested_at) VALUES ($1, $2, $3, $4, $5, $6)`,
      [run.id, run.report, run.plugin, JSON.stringify(run.parameters), run.requestedBy, run.requestedAt],
    );
  },

  async find(sql: Sql, id: string): Promise<ReportRun | undefined> {
    const [row] = await sql.query<RunRow>('SELECT * FROM core.report_runs WHERE id = $1', [id]);
    return row && toRun(row);
  },

  /** Marks a queued (or interrupted, re-delivered) run as running; undefined when it already ended or is gone. */
  async start(sql: Sql, id: string, at: Date): Promise<ReportRun | undefined> {
    const [row] = await sql.query<RunRow>(
      `UPDATE core.report_runs SET status = 'running', started_at = coalesce(started_at, $2), error = NULL
        WHERE id = $1 AND status IN ('queued', 'running') RETURNING *`,
      [id, at],
    );
    return row && toRun(row);
  },

  async progress(sql: Sql, id: string, percent: number): Promise<void> {
    await sql.query(`UPDATE core.report_runs SET progress = $2 WHERE id = $1 AND status = 'running'`, [id, percent]);
  },

  /** Stores the result; false when the run had already ended (a second delivery of the job stores nothing). */
  async complete(sql: Sql, id: string, result: ReportResult, at: Date): Promise<boolean> {
    const rows = await sql.query(
      `UPDATE core.report_runs SET status = 'completed', progress = 100, result = $2, finished_at = $3, error = NULL
        WHERE id = $1 AND status = 'running' RETURNING 1`,
      [id, JSON.stringify(result), at],
    );
    return rows.length === 1;
  },

  /** Fails a run that has not ended, with an error code (no message: codes carry no patient data). */
  async fail(sql: Sql, id: string, error: string, at: Date): Promise<boolean> {
    const rows = await sql.query(
      `UPDATE core.report_runs SET status = 'failed', error = $2, finished_at = $3
        WHERE id = $1 AND status IN ('queued', 'running') RETURNING 1`,
      [id, error, at],
    );
    return rows.length === 1;
  },

  /** Notes the error of an attempt that will be retried; the run waits as `queued` again. */
  async retrying(sql: Sql, id: string, error: string): Promise<void> {
    await sql.query(`UPDATE core.report_runs SET status = 'queued', error = $2 WHERE id = $1 AND status = 'running'`, [
      id,
      error,
    ]);
  },
};
