import { handleCommand } from '@hms/sdk';
import { ROSTER_MANAGE } from '../contracts/permissions';
import { DefineWardShifts } from '../contracts/ward-shifts.contracts';
import { wardShiftsDecider } from '../domain/roster/ward-shifts.decider';
import { wardShiftsStream } from '../domain/streams';

export const defineWardShiftsHandler = handleCommand(DefineWardShifts, {
  permission: ROSTER_MANAGE,
  async handle(data, ctx): Promise<{ wardId: string; version: number }> {
    const { version } = await ctx.streams.decide(wardShiftsStream(data.wardId), wardShiftsDecider, {
      type: 'staff.DefineWardShifts',
      data,
      meta: ctx.meta,
    });
    return { wardId: data.wardId, version };
  },
});
