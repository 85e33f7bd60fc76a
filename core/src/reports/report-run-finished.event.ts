import type { ReportRunStatus } from './report-run-store';

/**
 * Published on the API process's Nest event bus when a report run ends (completed or failed), whichever process
 * ran it: what tells a client its report is ready. Ids only. Until the client's live channel exists, nothing
 * forwards it to browsers: clients poll `GET /api/reports/runs/:id`.
 */
export class ReportRunFinished {
  constructor(
    readonly runId: string,
    readonly report: string,
    readonly requestedBy: string,
    readonly status: Extract<ReportRunStatus, 'completed' | 'failed'>,
  ) {}
}
