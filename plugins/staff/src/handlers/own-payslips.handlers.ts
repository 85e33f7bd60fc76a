import { ForbiddenError, handleQuery, type QueryContext } from '@hms/sdk';
import { GetOwnPayslip, ListOwnPayslips, type OwnPayslip } from '../contracts/pay-group.contracts';
import type { Payslip } from '../contracts/payroll.schemas';
import { LEAVE_REQUEST } from '../contracts/permissions';
import { employeeDecider } from '../domain/employee/employee.decider';
import { employeeStream } from '../domain/streams';
import { NOT_OWN_RECORD } from '../errors';
import { payslipAnswer } from './payslip-answer';

/**
 * Pay is the most private part of a record: self-service answers only the person whose login account is linked to
 * the record. Not HR, not a manager: payroll officers read payslips through the pay run (`staff:payroll:run`).
 */
async function requireOwnRecord(ctx: Pick<QueryContext, 'actor' | 'streams'>, employeeId: string): Promise<void> {
  const { state } = await ctx.streams.load(employeeStream(employeeId), employeeDecider);
  if (state.status !== 'none' && state.accountId !== null && state.accountId === ctx.actor.id) return;
  throw new ForbiddenError(NOT_OWN_RECORD, { employeeId }, { message: 'You may see only your own payslips.' });
}

interface OwnRow {
  pay_group: string;
  from: string;
  to: string;
  run: number;
  payslip: Payslip;
  locked_at: Date;
}

export const listOwnPayslipsHandler = handleQuery(ListOwnPayslips, {
  permission: LEAVE_REQUEST,
  async handle({ employeeId }, ctx): Promise<{ items: OwnPayslip[] }> {
    await requireOwnRecord(ctx, employeeId);
    const rows = await ctx.sql.query<OwnRow>(
      `SELECT p.pay_group, to_char(p.period_from, 'YYYY-MM-DD') AS "from", to_char(p.period_to, 'YYYY-MM-DD') AS "to",
              r.run, p.payslip, r.locked_at
         FROM staff.payslips p
         JOIN staff.pay_runs r ON r.pay_group = p.pay_group AND r.period_from = p.period_from AND r.period_to = p.period_to
        WHERE p.employee_id = $1 AND r.status = 'locked'
        ORDER BY p.period_from DESC, p.pay_group LIMIT 240`,
      [employeeId],
    );
    return {
      items: rows.map((r) => ({
        payGroup: r.pay_group,
        from: r.from,
        to: r.to,
        run: r.run,
        currency: r.payslip.currency,
        gross: r.payslip.gross,
        deductions: r.payslip.deductions,
        net: r.payslip.net,
        lockedAt: r.locked_at.toISOString(),
      })),
    };
  },
});

export const getOwnPayslipHandler = handleQuery(GetOwnPayslip, {
  permission: LEAVE_REQUEST,
  async handle({ format, ...key }, ctx): Promise<{ payslip: Payslip; pdf?: Buffer }> {
    await requireOwnRecord(ctx, key.employeeId);
    return await payslipAnswer(ctx.sql, key, { format, lockedOnly: true, now: ctx.now });
  },
});
