import { NotFoundError, type Sql } from '@hms/sdk';
import type { Payslip } from '../contracts/payroll.schemas';
import { PAYSLIP_NOT_FOUND } from '../errors';
import { payslipPdf } from './payslip.pdf';

interface SlipRow {
  payslip: Payslip;
  name: string;
  staff_number: string;
  run: number;
  status: 'calculated' | 'locked';
}

export interface PayslipKey {
  readonly payGroup: string;
  readonly from: string;
  readonly to: string;
  readonly employeeId: string;
}

/**
 * One payslip of a period's current run, as data or as its PDF. `lockedOnly` is self-service's rule: a person sees
 * their payslip once the run is final, never a calculation that may still change (404 until then, as if absent).
 */
export async function payslipAnswer(
  sql: Sql,
  { payGroup, from, to, employeeId }: PayslipKey,
  options: { format?: 'json' | 'pdf' | undefined; lockedOnly: boolean; now: string },
): Promise<{ payslip: Payslip; pdf?: Buffer }> {
  const [row] = await sql.query<SlipRow>(
    `SELECT p.payslip, e.given_name || ' ' || e.family_name AS name, e.staff_number, r.run, r.status
       FROM staff.payslips p JOIN staff.employees e ON e.id = p.employee_id
       JOIN staff.pay_runs r ON r.pay_group = p.pay_group AND r.period_from = p.period_from AND r.period_to = p.period_to
      WHERE p.pay_group = $1 AND p.period_from = $2 AND p.period_to = $3 AND p.employee_id = $4
        AND (NOT $5 OR r.status = 'locked')`,
    [payGroup, from, to, employeeId, options.lockedOnly],
  );
  if (row === undefined) throw new NotFoundError(PAYSLIP_NOT_FOUND, { payGroup, employeeId });
  if (options.format !== 'pdf') return { payslip: row.payslip };
  const period = { from, to, payGroup, run: row.run, locked: row.status === 'locked' };
  const who = { name: row.name, staffNumber: row.staff_number };
  return { payslip: row.payslip, pdf: payslipPdf(row.payslip, who, period, new Date(options.now)) };
}
