import { deciderSpec } from '@hms/sdk/testing';
import {
  BOOKED_AT,
  CONSULTATION,
  PRACTITIONER_ID,
  schedMeta,
  schedule,
  WEEKDAY_MORNINGS,
} from '../../../test/builders';
import { scheduleDecider, type ScheduleCommand, type ScheduleEvent } from './schedule.decider';

const EXCEPTION_ID = '3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f';
const define = (
  overrides: Partial<Extract<ScheduleCommand, { type: 'scheduling.DefineSchedule' }>['data']> = {},
): ScheduleCommand => ({
  type: 'scheduling.DefineSchedule',
  data: {
    practitionerId: PRACTITIONER_ID,
    timeZone: 'Europe/Lisbon',
    weeklyAvailability: WEEKDAY_MORNINGS,
    appointmentTypes: [CONSULTATION],
    ...overrides,
  },
  meta: schedMeta(),
});
const defined = (overrides: Record<string, unknown> = {}): ScheduleEvent => ({
  type: 'patient.ScheduleDefined',
  data: { ...(define(overrides).data as object), definedAt: BOOKED_AT } as never,
});
const addException: ScheduleCommand = {
  type: 'scheduling.AddScheduleException',
  data: {
    practitionerId: PRACTITIONER_ID,
    exceptionId: EXCEPTION_ID,
    from: '2026-08-03',
    to: '2026-08-14',
    reason: 'leave',
  },
  meta: schedMeta(),
};
const exceptionAdded: ScheduleEvent = {
  type: 'patient.ScheduleExceptionAdded',
  data: {
    practitionerId: PRACTITIONER_ID,
    exceptionId: EXCEPTION_ID,
    from: '2026-08-03',
    to: '2026-08-14',
    reason: 'leave',
    addedAt: BOOKED_AT,
  },
};

describe('scheduleDecider', () => {
  it('defines a schedule', () => deciderSpec(scheduleDecider).given([]).when(define()).then([defined()]));

  it('replaces a schedule as a whole and keeps the leave already recorded', () =>
    deciderSpec(scheduleDecider)
      .given([defined(), exceptionAdded])
      .when(define({ timeZone: 'Atlantic/Madeira' }))
      .thenState(
        schedule({
          timeZone: 'Atlantic/Madeira',
          appointmentTypes: [CONSULTATION],
          exceptions: [{ exceptionId: EXCEPTION_ID, from: '2026-08-03', to: '2026-08-14', reason: 'leave' }],
        }),
      ));

  it('adds leave to a defined schedule', () =>
    deciderSpec(scheduleDecider).given([defined()]).when(addException).then([exceptionAdded]));

  it('records the same leave only once', () =>
    deciderSpec(scheduleDecider).given([defined(), exceptionAdded]).when(addException).then([]));

  it('refuses leave for a practitioner without a schedule', () =>
    deciderSpec(scheduleDecider).given([]).when(addException).thenRejects('SCHEDULE_NOT_FOUND'));
});
