import { defineProjection } from '@hms/sdk';
import { PayRunCalculated, PayRunLocked } from '../contracts/payroll.contracts';

/** Pay runs and their payslips; a recalculation replaces the period's payslips. */
export const payRunsProjection = defineProjection({
  name: 'staff.pay-runs',
  mode: 'inline',
  handles: [PayRunCalculated, PayRunLocked],
  tables: ['staff.pay_runs', 'staff.payslips'],
  async evolve(event, sql) {
    const d = event.data;
    const key = [d.payGroup, d.period.from, d.period.to];
    if (event.type === PayRunLocked.type) {
      await sql.query(
        `UPDATE staff.pay_runs SET status = 'locked', locked_at = $4
          WHERE pay_group = $1 AND period_from = $2 AND period_to = $3`,
        [...key, event.data.at],
      );
      return;
    }
    const { payslips } = event.data;
    const gross = payslips.reduce((sum, p) => sum + p.gross, 0);
    const net = payslips.reduce((sum, p) => sum + p.net, 0);
    await sql.query(
      `INSERT INTO staff.pay_runs (pay_group, period_from, period_to, run, status, currency, payslips, total_gross,
         total_net, calculated_at)
       VALUES ($1, $2, $3, $4, 'calculated', $5, $6, $7, $8, $9)
       ON CONFLICT (pay_group, period_from, period_to) DO UPDATE SET run = $4, currency = $5, payslips = $6,
         total_gross = $7, total_net = $8, calculated_at = $9`,
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
