import { handleQuery, NotFoundError } from '@hms/sdk';
import { GetPayslip } from '../contracts/pay-group.contracts';
import type { Payslip } from '../contracts/payroll.schemas';
import { PAYROLL_RUN } from '../contracts/permissions';
import { PAYSLIP_NOT_FOUND } from '../errors';
import { payslipPdf } from './payslip.pdf';

interface SlipRow {
  payslip: Payslip;
  name: string;
  staff_number: string;
  run: number;
  status: 'calculated' | 'locked';
}

export const getPayslipHandler = handleQuery(GetPayslip, {
  permission: PAYROLL_RUN,
  async handle({ payGroup, from, to, employeeId, format }, ctx): Promise<{ payslip: Payslip; pdf?: Buffer }> {
    const [row] = await ctx.sql.query<SlipRow>(
      `SELECT p.payslip, e.given_name || ' ' || e.family_name AS name, e.staff_number, r.run, r.status
         FROM staff.payslips p JOIN staff.employees e ON e.id = p.employee_id
         JOIN staff.pay_runs r ON r.pay_group = p.pay_group AND r.period_from = p.period_from AND r.period_to = p.period_to
        WHERE p.pay_group = $1 AND p.period_from = $2 AND p.period_to = $3 AND p.employee_id = $4`,
      [payGroup, from, to, employeeId],
    );
    if (row === undefined) throw new NotFoundError(PAYSLIP_NOT_FOUND, { payGroup, employeeId });
    if (format !== 'pdf') return { payslip: row.payslip };
    const period = { from, to, payGroup, run: row.run, locked: row.status === 'locked' };
    const who = { name: row.name, staffNumber: row.staff_number };
    return { payslip: row.payslip, pdf: payslipPdf(row.payslip, who, period, new Date(ctx.now)) };
  },
});
