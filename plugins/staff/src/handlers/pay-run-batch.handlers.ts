import { handleCommand, NotFoundError } from '@hms/sdk';
import { CalculatePayslipBatch, CompletePayRun, FailPayRun } from '../contracts/payroll.contracts';
import type { Payslip } from '../contracts/payroll.schemas';
import { PAYROLL_RUN } from '../contracts/permissions';
import { payGroupDecider } from '../domain/payroll/pay-group.decider';
import { payRunDecider } from '../domain/payroll/pay-run.decider';
import { calculatePayslip } from '../domain/payroll/payslip';
import { payGroupStream, payRunStream } from '../domain/streams';
import { PAY_GROUP_NOT_FOUND } from '../errors';
import { staffRules, type StaffRules } from '../options';
import { loadPayMembers, payInputsOf } from './pay-inputs';

/** Members per batch: one command (one transaction) each, and a progress step between them. */
export const PAY_RUN_BATCH_SIZE = 25;

/**
 * The next members of a background run (by employee id, after `after`): their payslips are computed from the
 * records as they are now and recorded on the period's stream. A run that is no longer the one running answers
 * `superseded` and records nothing, so its job stops.
 */
export const calculatePayslipBatchHandler = handleCommand(CalculatePayslipBatch, {
  permission: PAYROLL_RUN,
  prepare: (_data, ctx): Promise<StaffRules> => Promise.resolve(staffRules(ctx.options)),
  async handle(data, ctx, rules) {
    const stream = payRunStream(data.payGroup, data.period.from, data.period.to);
    const current = await ctx.streams.load(stream, payRunDecider);
    if (current.state.status !== 'running' || current.state.run !== data.run) return { status: 'superseded' as const };
    const group = await ctx.streams.load(payGroupStream(data.payGroup), payGroupDecider);
    if (group.state.status === 'none') throw new NotFoundError(PAY_GROUP_NOT_FOUND, { payGroup: data.payGroup });
    const { policy } = group.state;
    const members = await loadPayMembers(ctx.sql, policy, data.period);
    const { after } = data;
    const batch = members.filter((m) => after === null || m.id > after).slice(0, PAY_RUN_BATCH_SIZE);
    const lastId = batch.at(-1)?.id ?? after;
    const done = lastId === null ? 0 : members.filter((m) => m.id <= lastId).length;
    const inputs = await payInputsOf(ctx.sql, policy, data.period, ctx.meta.now, batch, rules);
    const payslips = inputs.map(calculatePayslip).filter((p): p is Payslip => p !== null);
    await ctx.streams.decide(stream, payRunDecider, {
      type: 'staff.RecordPayslips',
      data: { payGroup: data.payGroup, period: data.period, run: data.run, payslips, total: members.length, done },
      meta: ctx.meta,
    });
    return { status: 'recorded' as const, done, total: members.length, lastId, more: done < members.length };
  },
});

/** Ends a background run: its batches' payslips become the period's calculation (the one locking makes final). */
export const completePayRunHandler = handleCommand(CompletePayRun, {
  permission: PAYROLL_RUN,
  async handle(data, ctx) {
    const { events } = await ctx.streams.decide(
      payRunStream(data.payGroup, data.period.from, data.period.to),
      payRunDecider,
      { type: 'staff.CompletePayRun', data, meta: ctx.meta },
    );
    const calculated = events.find((e) => e.type === 'staff.PayRunCalculated');
    return calculated?.type === 'staff.PayRunCalculated'
      ? { status: 'calculated' as const, run: data.run, payslips: calculated.data.payslips.length }
      : { status: 'superseded' as const, run: data.run, payslips: 0 };
  },
});

/** Records why a background run stopped; the period's previous calculation stays. */
export const failPayRunHandler = handleCommand(FailPayRun, {
  permission: PAYROLL_RUN,
  async handle(data, ctx) {
    const { events } = await ctx.streams.decide(
      payRunStream(data.payGroup, data.period.from, data.period.to),
      payRunDecider,
      { type: 'staff.FailPayRun', data, meta: ctx.meta },
    );
    return { status: events.length > 0 ? ('failed' as const) : ('superseded' as const) };
  },
});
