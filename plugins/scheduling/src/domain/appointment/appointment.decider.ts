import { assertNever, InvariantViolation, type Command, type DataOf, type Decider, type DomainEvent } from '@hms/sdk';
import type {
  AppointmentBooked,
  AppointmentCancelled,
  AppointmentCheckedIn,
  AppointmentCompleted,
  AppointmentNoShowRecorded,
  AppointmentRescheduled,
} from '../../contracts/events';
import type { AppointmentStatus, CancelReason } from '../../contracts/schemas';
import { APPOINTMENT_IN_PAST, APPOINTMENT_NOT_STARTED } from '../../errors';
import { appointmentNotFound, forbiddenStep, type AppointmentStep } from './appointment.refusals';

/** The slot has been resolved against the schedule by the handler: end and location are known. */
export interface ResolvedSlot {
  readonly startsAt: string;
  readonly endsAt: string;
  readonly location: string;
}
type Ref = { readonly appointmentId: string };
export type BookCommand = Command<
  'scheduling.BookAppointment',
  ResolvedSlot & Ref & { patientId: string; practitionerId: string; type: string }
>;
export type RescheduleCommand = Command<'scheduling.RescheduleAppointment', ResolvedSlot & Ref>;
export type CheckInCommand = Command<'scheduling.CheckInAppointment', Ref>;
export type CompleteCommand = Command<'scheduling.CompleteAppointment', Ref>;
export type NoShowCommand = Command<'scheduling.RecordAppointmentNoShow', Ref>;
export type CancelCommand = Command<'scheduling.CancelAppointment', Ref & { reason: CancelReason }>;
export type AppointmentCommand =
  BookCommand | RescheduleCommand | CheckInCommand | CompleteCommand | NoShowCommand | CancelCommand;

type Event<T extends string, D extends { readonly schema: unknown }> = DomainEvent<T, DataOf<D>>;
export type AppointmentBookedEvent = Event<'patient.AppointmentBooked', typeof AppointmentBooked>;
export type AppointmentRescheduledEvent = Event<'patient.AppointmentRescheduled', typeof AppointmentRescheduled>;
export type AppointmentCheckedInEvent = Event<'patient.AppointmentCheckedIn', typeof AppointmentCheckedIn>;
export type AppointmentCompletedEvent = Event<'patient.AppointmentCompleted', typeof AppointmentCompleted>;
export type AppointmentCancelledEvent = Event<'patient.AppointmentCancelled', typeof AppointmentCancelled>;
export type AppointmentNoShowEvent = Event<'patient.AppointmentNoShowRecorded', typeof AppointmentNoShowRecorded>;
export type AppointmentEvent =
  | AppointmentBookedEvent
  | AppointmentRescheduledEvent
  | AppointmentCheckedInEvent
  | AppointmentCompletedEvent
  | AppointmentCancelledEvent
  | AppointmentNoShowEvent;

export interface AppointmentDetails {
  readonly appointmentId: string;
  readonly patientId: string;
  readonly practitionerId: string;
  readonly type: string;
  readonly startsAt: string;
  readonly endsAt: string;
  readonly location: string;
  readonly bookedAt: string;
  readonly updatedAt: string;
}
/**
 * booked → checked-in → completed; booked → cancelled; booked → no-show; a booked appointment may move
 * (rescheduled, still booked). Every other step is refused with a 409 naming the state.
 */
export type AppointmentState =
  | { readonly status: 'none' }
  | (AppointmentDetails & { readonly status: Exclude<AppointmentStatus, 'cancelled'> })
  | (AppointmentDetails & { readonly status: 'cancelled'; readonly cancelReason: CancelReason });
type Existing = Exclude<AppointmentState, { status: 'none' }>;

export const initialState = (): AppointmentState => ({ status: 'none' });

export function decide(command: AppointmentCommand, state: AppointmentState): AppointmentEvent[] {
  switch (command.type) {
    case 'scheduling.BookAppointment':
      return book(command, state);
    case 'scheduling.RescheduleAppointment':
      return reschedule(command, state);
    case 'scheduling.CheckInAppointment':
      return checkIn(command, state);
    case 'scheduling.CompleteAppointment':
      return complete(command, state);
    case 'scheduling.RecordAppointmentNoShow':
      return recordNoShow(command, state);
    case 'scheduling.CancelAppointment':
      return cancel(command, state);
    default:
      return assertNever(command);
  }
}

function book({ data, meta }: BookCommand, state: AppointmentState): AppointmentEvent[] {
  if (state.status !== 'none') return []; // the same id booked again: nothing new happened
  assertNotPast(data.startsAt, meta.now, data.appointmentId);
  return [{ type: 'patient.AppointmentBooked', data: { ...data, bookedAt: meta.now } }];
}

function reschedule({ data, meta }: RescheduleCommand, state: AppointmentState): AppointmentEvent[] {
  const booked = expectStatus(state, 'booked', 'reschedule', data.appointmentId);
  assertNotPast(data.startsAt, meta.now, data.appointmentId);
  if (data.startsAt === booked.startsAt && data.endsAt === booked.endsAt) return [];
  const { appointmentId, patientId, practitionerId } = booked;
  const { startsAt, endsAt, location } = data;
  return [
    {
      type: 'patient.AppointmentRescheduled',
      data: {
        appointmentId,
        patientId,
        practitionerId,
        previousStartsAt: booked.startsAt,
        startsAt,
        endsAt,
        location,
        rescheduledAt: meta.now,
      },
    },
  ];
}

function checkIn({ data, meta }: CheckInCommand, state: AppointmentState): AppointmentEvent[] {
  const booked = expectStatus(state, 'booked', 'check-in', data.appointmentId);
  return [{ type: 'patient.AppointmentCheckedIn', data: { ...ids(booked), checkedInAt: meta.now } }];
}

function complete({ data, meta }: CompleteCommand, state: AppointmentState): AppointmentEvent[] {
  const checkedIn = expectStatus(state, 'checked-in', 'complete', data.appointmentId);
  return [{ type: 'patient.AppointmentCompleted', data: { ...ids(checkedIn), completedAt: meta.now } }];
}

function recordNoShow({ data, meta }: NoShowCommand, state: AppointmentState): AppointmentEvent[] {
  const booked = expectStatus(state, 'booked', 'no-show', data.appointmentId);
  if (meta.now < booked.startsAt) {
    throw new InvariantViolation(
      APPOINTMENT_NOT_STARTED,
      { appointmentId: data.appointmentId },
      { message: 'The appointment has not started yet: a no-show can be recorded only after its start time.' },
    );
  }
  return [{ type: 'patient.AppointmentNoShowRecorded', data: { ...ids(booked), recordedAt: meta.now } }];
}

function cancel({ data, meta }: CancelCommand, state: AppointmentState): AppointmentEvent[] {
  const booked = expectStatus(state, 'booked', 'cancel', data.appointmentId);
  return [
    { type: 'patient.AppointmentCancelled', data: { ...ids(booked), reason: data.reason, cancelledAt: meta.now } },
  ];
}

function expectStatus(
  state: AppointmentState,
  status: 'booked' | 'checked-in',
  step: AppointmentStep,
  appointmentId: string,
): Existing {
  if (state.status === 'none') throw appointmentNotFound(appointmentId);
  if (state.status !== status) throw forbiddenStep(step, state.status, appointmentId);
  return state;
}

function assertNotPast(startsAt: string, now: string, appointmentId: string): void {
  if (startsAt >= now) return;
  throw new InvariantViolation(
    APPOINTMENT_IN_PAST,
    { appointmentId },
    { message: 'That time has already passed. Choose a time in the future.' },
  );
}

const ids = (state: Existing): { appointmentId: string; patientId: string } => ({
  appointmentId: state.appointmentId,
  patientId: state.patientId,
});

export function evolve(state: AppointmentState, event: AppointmentEvent): AppointmentState {
  if (event.type === 'patient.AppointmentBooked') {
    const { bookedAt } = event.data;
    return { status: 'booked', ...event.data, updatedAt: bookedAt };
  }
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'patient.AppointmentRescheduled': {
      const { startsAt, endsAt, location, rescheduledAt } = event.data;
      return { ...state, startsAt, endsAt, location, updatedAt: rescheduledAt };
    }
    case 'patient.AppointmentCheckedIn':
      return { ...details(state), status: 'checked-in', updatedAt: event.data.checkedInAt };
    case 'patient.AppointmentCompleted':
      return { ...details(state), status: 'completed', updatedAt: event.data.completedAt };
    case 'patient.AppointmentNoShowRecorded':
      return { ...details(state), status: 'no-show', updatedAt: event.data.recordedAt };
    case 'patient.AppointmentCancelled':
      return {
        ...details(state),
        status: 'cancelled',
        cancelReason: event.data.reason,
        updatedAt: event.data.cancelledAt,
      };
    default:
      return state;
  }
}

function details(state: Existing): AppointmentDetails {
  const { appointmentId, patientId, practitionerId, type, startsAt, endsAt, location, bookedAt, updatedAt } = state;
  return { appointmentId, patientId, practitionerId, type, startsAt, endsAt, location, bookedAt, updatedAt };
}

export const appointmentDecider: Decider<AppointmentState, AppointmentCommand, AppointmentEvent> = {
  decide,
  evolve,
  initialState,
};
