import { assertNever, ConflictError, type Command, type DataOf, type Decider, type DomainEvent } from '@hms/sdk';
import type { SlotReleased, SlotReserved } from '../../contracts/events';
import { SLOT_TAKEN } from '../../errors';

type Reservation = DataOf<typeof SlotReserved>;
export type ReserveSlotCommand = Command<'scheduling.ReserveSlot', Reservation>;
export type ReleaseSlotCommand = Command<'scheduling.ReleaseSlot', DataOf<typeof SlotReleased>>;
export type PractitionerDayCommand = ReserveSlotCommand | ReleaseSlotCommand;

export type SlotReservedEvent = DomainEvent<'patient.SlotReserved', Reservation>;
export type SlotReleasedEvent = DomainEvent<'patient.SlotReleased', DataOf<typeof SlotReleased>>;
export type PractitionerDayEvent = SlotReservedEvent | SlotReleasedEvent;

/** The intervals of the day taken, by appointment id (ISO instants compare correctly as strings, all in UTC). */
export interface PractitionerDayState {
  readonly status: 'open';
  readonly reserved: Readonly<Record<string, { readonly startsAt: string; readonly endsAt: string }>>;
}

export const initialState = (): PractitionerDayState => ({ status: 'open', reserved: {} });

export function decide(command: PractitionerDayCommand, state: PractitionerDayState): PractitionerDayEvent[] {
  switch (command.type) {
    case 'scheduling.ReserveSlot':
      return reserve(command, state);
    case 'scheduling.ReleaseSlot':
      return release(command, state);
    default:
      return assertNever(command);
  }
}

/** Intervals are half-open: one appointment may end at 09:20 and the next start at 09:20. */
function reserve({ data }: ReserveSlotCommand, state: PractitionerDayState): PractitionerDayEvent[] {
  const clash = Object.entries(state.reserved).find(
    ([appointmentId, taken]) =>
      appointmentId !== data.appointmentId && taken.startsAt < data.endsAt && data.startsAt < taken.endsAt,
  );
  if (clash !== undefined) {
    throw new ConflictError(
      SLOT_TAKEN,
      { practitionerId: data.practitionerId, startsAt: data.startsAt },
      { message: 'That time was just booked by someone else. Choose another time.' },
    );
  }
  return [{ type: 'patient.SlotReserved', data }];
}

function release({ data }: ReleaseSlotCommand, state: PractitionerDayState): PractitionerDayEvent[] {
  if (state.reserved[data.appointmentId] === undefined) return [];
  return [{ type: 'patient.SlotReleased', data }];
}

export function evolve(state: PractitionerDayState, event: PractitionerDayEvent): PractitionerDayState {
  switch (event.type) {
    case 'patient.SlotReserved': {
      const { appointmentId, startsAt, endsAt } = event.data;
      return { ...state, reserved: { ...state.reserved, [appointmentId]: { startsAt, endsAt } } };
    }
    case 'patient.SlotReleased': {
      const { [event.data.appointmentId]: _released, ...reserved } = state.reserved;
      return { ...state, reserved };
    }
    default:
      return state;
  }
}

export const practitionerDayDecider: Decider<PractitionerDayState, PractitionerDayCommand, PractitionerDayEvent> = {
  decide,
  evolve,
  initialState,
};
