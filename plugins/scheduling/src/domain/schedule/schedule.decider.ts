import { assertNever, NotFoundError, type Command, type DataOf, type Decider, type DomainEvent } from '@hms/sdk';
import type { AddScheduleException, DefineSchedule } from '../../contracts/commands';
import type { ScheduleDefined, ScheduleExceptionAdded } from '../../contracts/events';
import type { AppointmentType, AvailabilityWindow, ExceptionReason } from '../../contracts/schemas';
import { SCHEDULE_NOT_FOUND } from '../../errors';

export type DefineScheduleCommand = Command<'scheduling.DefineSchedule', DataOf<typeof DefineSchedule>>;
/** The handler has assigned the exception's id. */
export type AddScheduleExceptionCommand = Command<
  'scheduling.AddScheduleException',
  DataOf<typeof AddScheduleException> & { exceptionId: string }
>;
export type ScheduleCommand = DefineScheduleCommand | AddScheduleExceptionCommand;

export type ScheduleDefinedEvent = DomainEvent<'patient.ScheduleDefined', DataOf<typeof ScheduleDefined>>;
export type ScheduleExceptionAddedEvent = DomainEvent<
  'patient.ScheduleExceptionAdded',
  DataOf<typeof ScheduleExceptionAdded>
>;
export type ScheduleEvent = ScheduleDefinedEvent | ScheduleExceptionAddedEvent;

export interface ScheduleException {
  readonly exceptionId: string;
  readonly from: string;
  readonly to: string;
  readonly reason: ExceptionReason;
}

export interface DefinedSchedule {
  readonly status: 'defined';
  readonly practitionerId: string;
  readonly timeZone: string;
  readonly weeklyAvailability: readonly AvailabilityWindow[];
  readonly appointmentTypes: readonly AppointmentType[];
  readonly exceptions: readonly ScheduleException[];
  readonly definedAt: string;
}
export type ScheduleState = { readonly status: 'none' } | DefinedSchedule;

export const initialState = (): ScheduleState => ({ status: 'none' });

export function decide(command: ScheduleCommand, state: ScheduleState): ScheduleEvent[] {
  switch (command.type) {
    case 'scheduling.DefineSchedule':
      return define(command);
    case 'scheduling.AddScheduleException':
      return addException(command, state);
    default:
      return assertNever(command);
  }
}

/**
 * Replacing a schedule changes future free slots only: appointments already booked stay (the front desk
 * reschedules them if the practitioner is no longer there).
 */
function define({ data, meta }: DefineScheduleCommand): ScheduleEvent[] {
  const { practitionerId, timeZone, weeklyAvailability, appointmentTypes } = data;
  return [
    {
      type: 'patient.ScheduleDefined',
      data: { practitionerId, timeZone, weeklyAvailability, appointmentTypes, definedAt: meta.now },
    },
  ];
}

function addException({ data, meta }: AddScheduleExceptionCommand, state: ScheduleState): ScheduleEvent[] {
  const { practitionerId, exceptionId, from, to, reason } = data;
  if (state.status !== 'defined') throw scheduleNotFound(practitionerId);
  const known = state.exceptions.some((e) => e.from === from && e.to === to && e.reason === reason);
  if (known) return [];
  return [
    {
      type: 'patient.ScheduleExceptionAdded',
      data: { practitionerId, exceptionId, from, to, reason, addedAt: meta.now },
    },
  ];
}

export function scheduleNotFound(practitionerId: string): NotFoundError {
  return new NotFoundError(
    SCHEDULE_NOT_FOUND,
    { practitionerId },
    { message: 'This practitioner has no schedule yet: define their availability first.' },
  );
}

export function evolve(state: ScheduleState, event: ScheduleEvent): ScheduleState {
  switch (event.type) {
    case 'patient.ScheduleDefined': {
      const { definedAt: _at, ...definition } = event.data;
      const exceptions = state.status === 'defined' ? state.exceptions : [];
      return { status: 'defined', ...definition, exceptions, definedAt: event.data.definedAt };
    }
    case 'patient.ScheduleExceptionAdded': {
      if (state.status !== 'defined') return state;
      const { exceptionId, from, to, reason } = event.data;
      return { ...state, exceptions: [...state.exceptions, { exceptionId, from, to, reason }] };
    }
    default:
      return state;
  }
}

export const scheduleDecider: Decider<ScheduleState, ScheduleCommand, ScheduleEvent> = {
  decide,
  evolve,
  initialState,
};
