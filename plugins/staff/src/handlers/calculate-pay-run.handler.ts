import { handleCommand, NotFoundError } from '@hms/sdk';
import { CalculatePayRun } from '../contracts/payroll.contracts';
import type { Payslip } from '../contracts/payroll.schemas';
import { PAYROLL_RUN } from '../contracts/permissions';
import { payGroupDecider } from '../domain/payroll/pay-group.decider';
import { payRunDecider } from '../domain/payroll/pay-run.decider';
import { calculatePayslip } from '../domain/payroll/payslip';
import { payGroupStream, payRunStream } from '../domain/streams';
import { PAY_GROUP_NOT_FOUND } from '../errors';

import { staffRules, type StaffRules } from '../options';
import { loadPayInputs } from './pay-inputs';

/**
 * Calculates every member's payslip from contracts, attendance and leave, and records the run (a recalculation
 * replaces the previous one until the period is locked; a locked period is refused by the decider, so it is
 * never run again). Runs in one command: its result is all or nothing.
 */
export const calculatePayRunHandler = handleCommand(CalculatePayRun, {
  permission: PAYROLL_RUN,
  prepare: (_data, ctx): Promise<StaffRules> => Promise.resolve(staffRules(ctx.options)),
  async handle(data, ctx, rules) {
    const group = await ctx.streams.load(payGroupStream(data.payGroup), payGroupDecider);
    if (group.state.status === 'none') throw new NotFoundError(PAY_GROUP_NOT_FOUND, { payGroup: data.payGroup });
    const { policy } = group.state;
    const inputs = await loadPayInputs(ctx.sql, policy, data.period, ctx.meta.now, rules);
    const payslips = inputs.map(calculatePayslip).filter((p): p is Payslip => p !== null);
    const { state } = await ctx.streams.decide(
      payRunStream(data.payGroup, data.period.from, data.period.to),
      payRunDecider,
      { type: 'staff.CalculatePayRun', data: { ...data, payslips, currency: policy.currency }, meta: ctx.meta },
    );
    const run = state.status === 'none' ? 0 : state.run;
    const totalNet = payslips.reduce((sum, p) => sum + p.net, 0);
    return { payGroup: data.payGroup, run, payslips: payslips.length, totalNet, currency: policy.currency };
  },
});
