import { handleCommand } from '@hms/sdk';
import { RequestLeave } from '../contracts/leave.commands';
import { LEAVE_REQUEST } from '../contracts/permissions';
import { employeeDecider } from '../domain/employee/employee.decider';
import { leaveDecider } from '../domain/leave/leave.decider';
import { employeeStream, leaveStream } from '../domain/streams';
import { staffRules, type StaffRules } from '../options';
import { balanceFor } from './leave-year';
import { requireOwnOrDelegated } from './own-record';
import { requireEmployed } from './require-employed';

/** The balance check and a second request race on the employee's leave stream, so two never overdraw it. */
export const requestLeaveHandler = handleCommand(RequestLeave, {
  permission: LEAVE_REQUEST,
  prepare: (_data, ctx): Promise<StaffRules> => Promise.resolve(staffRules(ctx.options)),
  preload: (data) => [employeeStream(data.employeeId), leaveStream(data.employeeId)],
  async handle(data, ctx, rules): Promise<{ id: string; status: 'pending' }> {
    const { state } = await ctx.streams.load(employeeStream(data.employeeId), employeeDecider);
    const employee = requireEmployed(state, data.employeeId);
    requireOwnOrDelegated(ctx.actor, employee);
    const leave = await ctx.streams.load(leaveStream(data.employeeId), leaveDecider);
    const requests = Object.values(leave.state.requests);
    const requestId = ctx.newId();
    await ctx.streams.decide(leaveStream(data.employeeId), leaveDecider, {
      type: 'staff.RequestLeave',
      data: { ...data, requestId, balance: balanceFor(employee, data.type, data.from, data.to, rules, requests) },
      meta: ctx.meta,
    });
    return { id: requestId, status: 'pending' };
  },
});
