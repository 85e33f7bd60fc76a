import { handleCommand } from '@hms/sdk';
import { DefinePayGroup } from '../contracts/pay-group.contracts';
import { PAYROLL_RUN } from '../contracts/permissions';
import { payGroupDecider } from '../domain/payroll/pay-group.decider';
import { payGroupStream } from '../domain/streams';

export const definePayGroupHandler = handleCommand(DefinePayGroup, {
  permission: PAYROLL_RUN,
  async handle(data, ctx): Promise<{ payGroup: string; version: number }> {
    const { version } = await ctx.streams.decide(payGroupStream(data.payGroup), payGroupDecider, {
      type: 'staff.DefinePayGroup',
      data,
      meta: ctx.meta,
    });
    return { payGroup: data.payGroup, version };
  },
});
