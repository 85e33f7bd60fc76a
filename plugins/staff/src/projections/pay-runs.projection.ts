import { defineProjection } from '@hms/sdk';
import {
  PayRunCalculated,
  PayRunFailed,
  PayRunLocked,
  PayRunStarted,
  PayslipsCalculated,
} from '../contracts/payroll.contracts';

/**
 * Pay runs and their payslips; a recalculation replaces the period's payslips. A background run's progress sits
 * beside the last completed calculation, whose figures stay until the run completes.
 */
export const payRunsProjection = defineProjection({
  name: 'staff.pay-runs',
  mode: 'inline',
  handles: [PayRunStarted, PayslipsCalculated, PayRunFailed, PayRunCalculated, PayRunLocked],
  tables: ['staff.pay_runs', 'staff.payslips'],
  async evolve(event, sql) {
    const d = event.data;
    const key = [d.payGroup, d.period.from, d.period.to];
    switch (event.type) {
      case PayRunStarted.type:
        await sql.query(
          `INSERT INTO staff.pay_runs (pay_group, period_from, period_to, run, status, currency, payslips, total_gross,
             total_net, progress_run, progress_status, progress_started_at)
           VALUES ($1, $2, $3, 0, 'running', $4, 0, 0, 0, $5, 'running', $6)
           ON CONFLICT (pay_group, period_from, period_to) DO UPDATE SET
             status = CASE WHEN pay_runs.run = 0 THEN 'running' ELSE pay_runs.status END,
             progress_run = $5, progress_status = 'running', progress_done = 0, progress_total = 0,
             progress_started_at = $6, progress_finished_at = NULL, progress_error = NULL`,
          [...key, event.data.currency, event.data.run, event.data.at],
        );
        return;
      case PayslipsCalculated.type:
        await sql.query(
          `UPDATE staff.pay_runs SET progress_done = $5, progress_total = $6
            WHERE pay_group = $1 AND period_from = $2 AND period_to = $3 AND progress_run = $4`,
          [...key, event.data.run, event.data.done, event.data.total],
        );
        return;
      case PayRunFailed.type:
        await sql.query(
          `UPDATE staff.pay_runs SET status = CASE WHEN run = 0 THEN 'failed' ELSE status END,
             progress_status = 'failed', progress_error = $5, progress_finished_at = $6
            WHERE pay_group = $1 AND period_from = $2 AND period_to = $3 AND progress_run = $4`,
          [...key, event.data.run, event.data.code, event.data.at],
        );
        return;
      case PayRunLocked.type:
        await sql.query(
          `UPDATE staff.pay_runs SET status = 'locked', locked_at = $4
            WHERE pay_group = $1 AND period_from = $2 AND period_to = $3`,
          [...key, event.data.at],
        );
        return;
      default:
        break;
    }
    const { payslips } = event.data;
    const gross = payslips.reduce((sum, p) => sum + p.gross, 0);
    const net = payslips.reduce((sum, p) => sum + p.net, 0);
    // The background run this calculation completes is done; one still running beside it (a calculation in one
    // command overtook it) is superseded.
    await sql.query(
      `INSERT INTO staff.pay_runs (pay_group, period_from, period_to, run, status, currency, payslips, total_gross,
         total_net, calculated_at)
       VALUES ($1, $2, $3, $4, 'calculated', $5, $6, $7, $8, $9)
       ON CONFLICT (pay_group, period_from, period_to) DO UPDATE SET run = $4, status = 'calculated', currency = $5,
         payslips = $6, total_gross = $7, total_net = $8, calculated_at = $9,
         progress_status = CASE WHEN pay_runs.progress_run = $4 THEN 'completed'
           WHEN pay_runs.progress_status = 'running' THEN 'superseded' ELSE pay_runs.progress_status END,
         progress_done = CASE WHEN pay_runs.progress_run = $4 THEN pay_runs.progress_total ELSE pay_runs.progress_done END,
         progress_finished_at = CASE WHEN pay_runs.progress_status = 'running' THEN $9 ELSE pay_runs.progress_finished_at END`,
      [...key, event.data.run, event.data.currency, payslips.length, gross, net, event.data.at],
    );
    await sql.query(`DELETE FROM staff.payslips WHERE pay_group = $1 AND period_from = $2 AND period_to = $3`, key);
    if (payslips.length === 0) return;
    await sql.query(
      `INSERT INTO staff.payslips (pay_group, period_from, period_to, employee_id, payslip)
       SELECT $1, $2, $3, (p->>'employeeId')::uuid, p FROM jsonb_array_elements($4::jsonb) AS p`,
      [...key, JSON.stringify(payslips)],
    );
  },
});
