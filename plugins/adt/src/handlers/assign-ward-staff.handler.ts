import { handleCommand } from '@hms/sdk';
import { AssignWardStaff } from '../contracts/commands';
import { WARD_STAFF_ASSIGN } from '../contracts/permissions';
import type { WardStaffMember } from '../contracts/queries';
import { wardNotFound } from '../domain/refusals';
import { wardDecider } from '../domain/ward/ward.decider';
import { wardStream } from '../domain/ward/ward.stream';
import { inForce, wardStaffDecider } from '../domain/ward-staff/ward-staff.decider';
import { wardStaffStream } from '../domain/ward-staff/ward-staff.stream';

export const assignWardStaffHandler = handleCommand(AssignWardStaff, {
  permission: WARD_STAFF_ASSIGN,
  async handle(data, ctx): Promise<WardStaffMember> {
    const { state: ward } = await ctx.streams.load(wardStream(data.wardId), wardDecider);
    if (ward.status !== 'defined') throw wardNotFound(data.wardId);
    const { state } = await ctx.streams.decide(wardStaffStream(data.wardId), wardStaffDecider, {
      type: 'adt.AssignWardStaff',
      data,
      meta: ctx.meta,
    });
    const member = state.members[data.memberId];
    if (!member) throw new Error('AssignWardStaff must leave the member on the team');
    return { wardId: data.wardId, memberId: data.memberId, ...member, active: inForce(member, ctx.meta.now) };
  },
});
