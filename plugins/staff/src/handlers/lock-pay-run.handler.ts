import { handleCommand } from '@hms/sdk';
import { LockPayRun } from '../contracts/payroll.contracts';
import { PAYROLL_RUN } from '../contracts/permissions';
import { payRunDecider } from '../domain/payroll/pay-run.decider';
import { payRunStream } from '../domain/streams';

export const lockPayRunHandler = handleCommand(LockPayRun, {
  permission: PAYROLL_RUN,
  async handle(data, ctx): Promise<{ payGroup: string; run: number; status: 'locked' }> {
    const { state } = await ctx.streams.decide(
      payRunStream(data.payGroup, data.period.from, data.period.to),
      payRunDecider,
      { type: 'staff.LockPayRun', data, meta: ctx.meta },
    );
    return { payGroup: data.payGroup, run: state.status === 'none' ? 0 : state.run, status: 'locked' };
  },
});
