import { handleCommand } from '@hms/sdk';
import { EndWardStaffAssignment } from '../contracts/commands';
import { WARD_STAFF_ASSIGN } from '../contracts/permissions';
import type { WardStaffMember } from '../contracts/queries';
import { wardStaffDecider } from '../domain/ward-staff/ward-staff.decider';
import { wardStaffStream } from '../domain/ward-staff/ward-staff.stream';

export const endWardStaffAssignmentHandler = handleCommand(EndWardStaffAssignment, {
  permission: WARD_STAFF_ASSIGN,
  async handle(data, ctx): Promise<WardStaffMember> {
    const stream = wardStaffStream(data.wardId);
    const { state: before } = await ctx.streams.load(stream, wardStaffDecider);
    await ctx.streams.decide(stream, wardStaffDecider, {
      type: 'adt.EndWardStaffAssignment',
      data,
      meta: ctx.meta,
    });
    const member = before.members[data.memberId];
    return {
      wardId: data.wardId,
      memberId: data.memberId,
      assignedAt: member?.assignedAt ?? ctx.meta.now,
      until: ctx.meta.now,
      active: false,
    };
  },
});
