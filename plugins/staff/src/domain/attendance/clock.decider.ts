import { assertNever, InvariantViolation, type Command, type DataOf, type Decider, type DomainEvent } from '@hms/sdk';
import type { ClockedIn, ClockedOut, ClockIn, ClockOut } from '../../contracts/attendance.contracts';
import { ALREADY_CLOCKED_IN, NOT_CLOCKED_IN } from '../../errors';
import { recordedBy } from '../defined';

export type ClockInCommand = Command<'staff.ClockIn', DataOf<typeof ClockIn>>;
export type ClockOutCommand = Command<'staff.ClockOut', DataOf<typeof ClockOut>>;
export type ClockCommand = ClockInCommand | ClockOutCommand;

export type ClockEvent =
  DomainEvent<'staff.ClockedIn', DataOf<typeof ClockedIn>> | DomainEvent<'staff.ClockedOut', DataOf<typeof ClockedOut>>;

export type ClockState = { readonly status: 'out' } | { readonly status: 'in'; readonly since: string };

export const initialState = (): ClockState => ({ status: 'out' });

/**
 * A badge kiosk: in, then out. A second "in" is refused rather than silently starting a new session, so a
 * forgotten clock-out shows up (the ward manager corrects it) instead of hiding a 20-hour session.
 */
export function decide(command: ClockCommand, state: ClockState): ClockEvent[] {
  const { employeeId, kioskId } = command.data;
  switch (command.type) {
    case 'staff.ClockIn':
      if (state.status === 'in')
        throw new InvariantViolation(
          ALREADY_CLOCKED_IN,
          { employeeId },
          { message: `Clocked in since ${state.since}.` },
        );
      return [{ type: 'staff.ClockedIn', data: { ...recordedBy(command.meta), employeeId, kioskId } }];
    case 'staff.ClockOut':
      if (state.status === 'out')
        throw new InvariantViolation(NOT_CLOCKED_IN, { employeeId }, { message: 'Not clocked in.' });
      return [
        {
          type: 'staff.ClockedOut',
          data: { ...recordedBy(command.meta), employeeId, kioskId, clockedInAt: state.since },
        },
      ];
    default:
      return assertNever(command);
  }
}

export function evolve(state: ClockState, event: ClockEvent): ClockState {
  switch (event.type) {
    case 'staff.ClockedIn':
      return { status: 'in', since: event.data.at };
    case 'staff.ClockedOut':
      return { status: 'out' };
    default:
      return assertNever(event);
  }
}

export const clockDecider: Decider<ClockState, ClockCommand, ClockEvent> = { initialState, decide, evolve };
