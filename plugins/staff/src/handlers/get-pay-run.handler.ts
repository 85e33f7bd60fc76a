import { handleQuery, NotFoundError } from '@hms/sdk';
import { GetPayRun, type PayRunView } from '../contracts/pay-group.contracts';
import type { Payslip } from '../contracts/payroll.schemas';
import { PAYROLL_RUN } from '../contracts/permissions';
import { PAY_RUN_NOT_FOUND } from '../errors';
import { PAY_RUN_ROWS, payRunFromRow, type PayRunRow } from './pay-run-rows';

export const getPayRunHandler = handleQuery(GetPayRun, {
  permission: PAYROLL_RUN,
  async handle({ payGroup, from, to }, ctx): Promise<PayRunView> {
    const [row] = await ctx.sql.query<PayRunRow>(
      `${PAY_RUN_ROWS} WHERE pay_group = $1 AND period_from = $2 AND period_to = $3`,
      [payGroup, from, to],
    );
    if (row === undefined) throw new NotFoundError(PAY_RUN_NOT_FOUND, { payGroup, period: { from, to } });
    const slips = await ctx.sql.query<{ payslip: Payslip; name: string; staff_number: string }>(
      `SELECT p.payslip, e.given_name || ' ' || e.family_name AS name, e.staff_number
         FROM staff.payslips p JOIN staff.employees e ON e.id = p.employee_id
        WHERE p.pay_group = $1 AND p.period_from = $2 AND p.period_to = $3
        ORDER BY lower(e.family_name), lower(e.given_name), e.staff_number`,
      [payGroup, from, to],
    );
    return {
      ...payRunFromRow(row),
      payslips: slips.map((s) => ({ ...s.payslip, employeeName: s.name, staffNumber: s.staff_number })),
    };
  },
});
