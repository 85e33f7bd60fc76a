import { handleCommand } from '@hms/sdk';
import { ApproveLeave, RefuseLeave } from '../contracts/leave.commands';
import { LEAVE_APPROVE } from '../contracts/permissions';
import { leaveDecider } from '../domain/leave/leave.decider';
import { leaveStream } from '../domain/streams';

/**
 * Approving is all staff does: scheduling asks `GetPractitionerAvailability`, so the slots go at once and the
 * bookings the leave hits appear on scheduling's list to rebook (nothing is cancelled behind anyone's back).
 */
export const approveLeaveHandler = handleCommand(ApproveLeave, {
  permission: LEAVE_APPROVE,
  async handle(data, ctx): Promise<{ id: string; status: 'approved' }> {
    await ctx.streams.decide(leaveStream(data.employeeId), leaveDecider, {
      type: 'staff.ApproveLeave',
      data,
      meta: ctx.meta,
    });
    return { id: data.requestId, status: 'approved' };
  },
});

export const refuseLeaveHandler = handleCommand(RefuseLeave, {
  permission: LEAVE_APPROVE,
  async handle(data, ctx): Promise<{ id: string; status: 'refused' }> {
    await ctx.streams.decide(leaveStream(data.employeeId), leaveDecider, {
      type: 'staff.RefuseLeave',
      data,
      meta: ctx.meta,
    });
    return { id: data.requestId, status: 'refused' };
  },
});
