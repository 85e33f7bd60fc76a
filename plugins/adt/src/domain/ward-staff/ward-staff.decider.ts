import { NotFoundError, type Command, type DataOf, type Decider, type DomainEvent } from '@hms/sdk';
import type { WardStaffAssigned, WardStaffAssignmentEnded } from '../../contracts/events';
import { WARD_STAFF_NOT_ASSIGNED } from '../../errors';

export type AssignWardStaffCommand = Command<
  'adt.AssignWardStaff',
  { wardId: string; memberId: string; until?: string | undefined }
>;
export type EndWardStaffAssignmentCommand = Command<'adt.EndWardStaffAssignment', { wardId: string; memberId: string }>;
export type WardStaffCommand = AssignWardStaffCommand | EndWardStaffAssignmentCommand;

export type WardStaffAssignedEvent = DomainEvent<'adt.WardStaffAssigned', DataOf<typeof WardStaffAssigned>>;
export type WardStaffAssignmentEndedEvent = DomainEvent<
  'adt.WardStaffAssignmentEnded',
  DataOf<typeof WardStaffAssignmentEnded>
>;
export type WardStaffEvent = WardStaffAssignedEvent | WardStaffAssignmentEndedEvent;

/** A ward's team: member id → when they joined and until when (`null`: until taken off). */
export interface WardStaffState {
  readonly members: Readonly<Record<string, { readonly assignedAt: string; readonly until: string | null }>>;
}

export const initialState = (): WardStaffState => ({ members: {} });

/** Whether an assignment is in force at `now` (one past its end no longer is, though not yet ended). */
export function inForce(member: { readonly until: string | null } | undefined, now: string): boolean {
  return member !== undefined && (member.until === null || Date.parse(member.until) > Date.parse(now));
}

export function decide(command: WardStaffCommand, state: WardStaffState): WardStaffEvent[] {
  const { wardId, memberId } = command.data;
  const member = state.members[memberId];
  if (command.type === 'adt.AssignWardStaff') {
    const until = command.data.until ?? null;
    // Assigning again with the same end changes nothing; a new end replaces the old one.
    if (inForce(member, command.meta.now) && member?.until === until) return [];
    return [
      {
        type: 'adt.WardStaffAssigned',
        data: { wardId, memberId, ...(until === null ? {} : { until }), assignedAt: command.meta.now },
      },
    ];
  }
  if (!member) {
    throw new NotFoundError(
      WARD_STAFF_NOT_ASSIGNED,
      { wardId, memberId },
      { message: "This person is not on the ward's team." },
    );
  }
  return [{ type: 'adt.WardStaffAssignmentEnded', data: { wardId, memberId, endedAt: command.meta.now } }];
}

export function evolve(state: WardStaffState, event: WardStaffEvent): WardStaffState {
  const members = { ...state.members };
  if (event.type === 'adt.WardStaffAssigned') {
    members[event.data.memberId] = { assignedAt: event.data.assignedAt, until: event.data.until ?? null };
  } else {
    delete members[event.data.memberId];
  }
  return { members };
}

export const wardStaffDecider: Decider<WardStaffState, WardStaffCommand, WardStaffEvent> = {
  decide,
  evolve,
  initialState,
};
