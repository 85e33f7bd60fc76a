import { handleCommand } from '@hms/sdk';
import { CancelLeave } from '../contracts/leave.commands';
import { LEAVE_REQUEST } from '../contracts/permissions';
import { employeeDecider } from '../domain/employee/employee.decider';
import { leaveDecider } from '../domain/leave/leave.decider';
import { employeeStream, leaveStream } from '../domain/streams';
import { requireOwnOrDelegated } from './own-record';
import { requireEmployed } from './require-employed';
import { hospitalToday, staffRules } from '../options';

export const cancelLeaveHandler = handleCommand(CancelLeave, {
  permission: LEAVE_REQUEST,
  prepare: (_data, ctx): Promise<string> => Promise.resolve(hospitalToday(ctx.now, staffRules(ctx.options))),
  preload: (data) => [employeeStream(data.employeeId), leaveStream(data.employeeId)],
  async handle(data, ctx, today): Promise<{ id: string; status: 'cancelled' }> {
    const { state } = await ctx.streams.load(employeeStream(data.employeeId), employeeDecider);
    requireOwnOrDelegated(ctx.actor, requireEmployed(state, data.employeeId));
    await ctx.streams.decide(leaveStream(data.employeeId), leaveDecider, {
      type: 'staff.CancelLeave',
      data: { ...data, today },
      meta: ctx.meta,
    });
    return { id: data.requestId, status: 'cancelled' };
  },
});
