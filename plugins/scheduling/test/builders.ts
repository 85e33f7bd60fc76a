import type { CommandMeta } from '@hms/sdk';
import type { Demographics } from '@hms/plugin-patient/contracts';
import type { AppointmentType, AvailabilityWindow, CancelReason } from '../src/contracts/schemas';
import type {
  AppointmentBookedEvent,
  AppointmentCommand,
  AppointmentEvent,
  BookCommand,
} from '../src/domain/appointment/appointment.decider';
import type { DefinedSchedule } from '../src/domain/schedule/schedule.decider';

/** Made-up ids only. */
export const PRACTITIONER_ID = '2a7e4c10-5b3d-4e8f-9a01-b2c3d4e5f601';
export const OTHER_PRACTITIONER_ID = '2a7e4c10-5b3d-4e8f-9a01-b2c3d4e5f602';
export const APPOINTMENT_ID = '7b1d2e3f-4a5b-4c6d-8e7f-8091a2b3c4d5';
export const SCHED_PATIENT_ID = '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b';
export const BOOKED_AT = '2026-03-02T08:00:00.000Z';
/** A Monday, 09:00 in Lisbon (WET, UTC+0). */
export const STARTS_AT = '2026-03-09T09:00:00.000Z';
export const ENDS_AT = '2026-03-09T09:20:00.000Z';
export const LOCATION = 'Outpatients, room 12';

export const CONSULTATION: AppointmentType = { code: 'consultation', durationMinutes: 20 };
export const FOLLOW_UP: AppointmentType = { code: 'follow-up', durationMinutes: 10 };

/** Mornings on weekdays in room 12, Wednesday afternoon in room 3. */
export const WEEKDAY_MORNINGS: AvailabilityWindow[] = [
  ...(['monday', 'tuesday', 'wednesday', 'thursday', 'friday'] as const).map((dayOfWeek) => ({
    dayOfWeek,
    start: '09:00',
    end: '12:00',
    location: LOCATION,
  })),
  { dayOfWeek: 'wednesday', start: '14:00', end: '16:00', location: 'Outpatients, room 3' },
];

export function schedule(overrides: Partial<DefinedSchedule> = {}): DefinedSchedule {
  return {
    status: 'defined',
    practitionerId: PRACTITIONER_ID,
    timeZone: 'Europe/Lisbon',
    weeklyAvailability: WEEKDAY_MORNINGS,
    appointmentTypes: [CONSULTATION, FOLLOW_UP],
    exceptions: [],
    definedAt: BOOKED_AT,
    ...overrides,
  };
}

export function schedMeta(now = BOOKED_AT): CommandMeta {
  return {
    commandId: '0b9d7c1e-2f3a-4b5c-8d6e-7f8091a2b3c5',
    actorId: 'user-front-desk-1',
    now,
    correlationId: 'c0ffee00-0000-4000-8000-000000000002',
  };
}

export function book(overrides: Partial<BookCommand['data']> = {}, now = BOOKED_AT): BookCommand {
  return {
    type: 'scheduling.BookAppointment',
    data: {
      appointmentId: APPOINTMENT_ID,
      patientId: SCHED_PATIENT_ID,
      practitionerId: PRACTITIONER_ID,
      type: 'consultation',
      startsAt: STARTS_AT,
      endsAt: ENDS_AT,
      location: LOCATION,
      ...overrides,
    },
    meta: schedMeta(now),
  };
}

export function booked(overrides: Partial<AppointmentBookedEvent['data']> = {}): AppointmentBookedEvent {
  const { meta: _meta, data } = book();
  return { type: 'patient.AppointmentBooked', data: { ...data, bookedAt: BOOKED_AT, ...overrides } };
}

type StepType = Exclude<
  AppointmentCommand['type'],
  'scheduling.BookAppointment' | 'scheduling.RescheduleAppointment' | 'scheduling.CancelAppointment'
>;
export function step(type: StepType, now = BOOKED_AT): AppointmentCommand {
  return { type, data: { appointmentId: APPOINTMENT_ID }, meta: schedMeta(now) } as AppointmentCommand;
}

export function cancel(reason: CancelReason = 'patient-request', now = BOOKED_AT): AppointmentCommand {
  return {
    type: 'scheduling.CancelAppointment',
    data: { appointmentId: APPOINTMENT_ID, reason },
    meta: schedMeta(now),
  };
}

export function reschedule(startsAt: string, endsAt: string, now = BOOKED_AT): AppointmentCommand {
  return {
    type: 'scheduling.RescheduleAppointment',
    data: { appointmentId: APPOINTMENT_ID, startsAt, endsAt, location: LOCATION },
    meta: schedMeta(now),
  };
}

const ids = { appointmentId: APPOINTMENT_ID, patientId: SCHED_PATIENT_ID };
export const checkedIn = (at = BOOKED_AT): AppointmentEvent => ({
  type: 'patient.AppointmentCheckedIn',
  data: { ...ids, checkedInAt: at },
});
export const completed = (at = BOOKED_AT): AppointmentEvent => ({
  type: 'patient.AppointmentCompleted',
  data: { ...ids, completedAt: at },
});
export const cancelled = (reason: CancelReason = 'patient-request', at = BOOKED_AT): AppointmentEvent => ({
  type: 'patient.AppointmentCancelled',
  data: { ...ids, reason, cancelledAt: at },
});
export const noShow = (at = BOOKED_AT): AppointmentEvent => ({
  type: 'patient.AppointmentNoShowRecorded',
  data: { ...ids, recordedAt: at },
});

/** Registration data as a client sends it (the body of POST /api/patients). */
export function registration(overrides: Partial<Demographics> = {}): Demographics {
  return { givenName: 'Ada', familyName: 'Testperson', birthDate: '1990-04-12', gender: 'female', ...overrides };
}
