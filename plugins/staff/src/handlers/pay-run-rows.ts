import type { PayRunSummary } from '../contracts/pay-group.contracts';

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
  calculated_at: Date;
  locked_at: Date | null;
}

export const PAY_RUN_ROWS = `
  SELECT pay_group, to_char(period_from, 'YYYY-MM-DD') AS "from", to_char(period_to, 'YYYY-MM-DD') AS "to", run,
         status, currency, payslips, total_gross::text AS total_gross, total_net::text AS total_net, calculated_at,
         locked_at
    FROM staff.pay_runs`;

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
  calculatedAt: r.calculated_at.toISOString(),
  lockedAt: r.locked_at?.toISOString() ?? null,
});
