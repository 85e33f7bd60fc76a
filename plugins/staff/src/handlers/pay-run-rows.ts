import type { PayRunProgress, PayRunSummary } from '../contracts/pay-group.contracts';

export interface PayRunRow {
  pay_group: string;
  from: string;
  to: string;
  run: number;
  status: PayRunSummary['status'];
  currency: string;
  payslips: number;
  total_gross: string;
  total_net: string;
  calculated_at: Date | null;
  locked_at: Date | null;
  progress_run: number | null;
  progress_status: PayRunProgress['status'] | null;
  progress_done: number;
  progress_total: number;
  progress_started_at: Date | null;
  progress_finished_at: Date | null;
  progress_error: string | null;
}

export const PAY_RUN_ROWS = `
  SELECT pay_group, to_char(period_from, 'YYYY-MM-DD') AS "from", to_char(period_to, 'YYYY-MM-DD') AS "to", run,
         status, currency, payslips, total_gross::text AS total_gross, total_net::text AS total_net, calculated_at,
         locked_at, progress_run, progress_status, progress_done, progress_total, progress_started_at,
         progress_finished_at, progress_error
    FROM staff.pay_runs`;

/** A completed run is 100 %; a running one is its members done of the group's (0 until the first batch). */
function progressFromRow(r: PayRunRow): PayRunProgress | null {
  if (r.progress_run === null || r.progress_status === null || r.progress_started_at === null) return null;
  const percent =
    r.progress_status === 'completed'
      ? 100
      : r.progress_total > 0
        ? Math.min(99, Math.floor((r.progress_done * 100) / r.progress_total))
        : 0;
  return {
    run: r.progress_run,
    status: r.progress_status,
    done: r.progress_done,
    total: r.progress_total,
    percent,
    startedAt: r.progress_started_at.toISOString(),
    finishedAt: r.progress_finished_at?.toISOString() ?? null,
    error: r.progress_error,
  };
}

/** Totals are bigint in the table (2,000 payslips of a month add up past 2^31 minor units) and safe integers here. */
export const payRunFromRow = (r: PayRunRow): PayRunSummary => ({
  payGroup: r.pay_group,
  from: r.from,
  to: r.to,
  run: r.run,
  status: r.status,
  currency: r.currency,
  payslips: r.payslips,
  totalGross: Number(r.total_gross),
  totalNet: Number(r.total_net),
  calculatedAt: r.calculated_at?.toISOString() ?? null,
  lockedAt: r.locked_at?.toISOString() ?? null,
  progress: progressFromRow(r),
});
