import type { ReportRunStatus } from './report-run-store';

/**
 * Published on the API process's Nest event bus when a report run ends (completed or failed), whichever process
 * ran it: what tells a client its report is ready. Ids only. The live channel (`GET /api/live`, core/src/live)
 * forwards it to the account that asked; clients without the channel poll `GET /api/reports/runs/:id`.
 */
export class ReportRunFinished {
  constructor(
    readonly runId: string,
    readonly report: string,
    readonly requestedBy: string,
    readonly status: Extract<ReportRunStatus, 'completed' | 'failed'>,
  ) {}
}
