import { deciderSpec } from '@hms/sdk/testing';
import {
  APPOINTMENT_ID,
  book,
  booked,
  BOOKED_AT,
  cancel,
  cancelled,
  checkedIn,
  completed,
  ENDS_AT,
  LOCATION,
  noShow,
  PRACTITIONER_ID,
  reschedule,
  SCHED_PATIENT_ID,
  STARTS_AT,
  step,
} from '../../../test/builders';
import { appointmentDecider, type AppointmentCommand, type AppointmentEvent } from './appointment.decider';
import { forbiddenStep } from './appointment.refusals';

const AFTER_START = '2026-03-09T09:05:00.000Z';
const spec = (given: AppointmentEvent[], when: AppointmentCommand) =>
  deciderSpec(appointmentDecider).given(given).when(when);

describe('appointmentDecider', () => {
  describe('BookAppointment', () => {
    it('books the resolved slot at the command time', () => spec([], book()).then([booked()]));

    it('leaves a booked state', () =>
      spec([], book()).thenState({
        status: 'booked',
        appointmentId: APPOINTMENT_ID,
        patientId: SCHED_PATIENT_ID,
        practitionerId: PRACTITIONER_ID,
        type: 'consultation',
        startsAt: STARTS_AT,
        endsAt: ENDS_AT,
        location: LOCATION,
        bookedAt: BOOKED_AT,
        updatedAt: BOOKED_AT,
      }));

    it('refuses a time already past', () => spec([], book({}, AFTER_START)).thenRejects('APPOINTMENT_IN_PAST'));

    it('decides nothing when the same appointment is booked again', () => spec([booked()], book()).then([]));
  });

  describe('CheckInAppointment: booked → checked-in', () => {
    it('checks a booked appointment in', () =>
      spec([booked()], step('scheduling.CheckInAppointment')).then([checkedIn()]));
    it.each([
      ['APPOINTMENT_ALREADY_CHECKED_IN', [checkedIn()]],
      ['APPOINTMENT_ALREADY_COMPLETED', [checkedIn(), completed()]],
      ['APPOINTMENT_ALREADY_CANCELLED', [cancelled()]],
      ['APPOINTMENT_ALREADY_NO_SHOW', [noShow()]],
    ])('refuses with %s', (code, history) =>
      spec([booked(), ...history], step('scheduling.CheckInAppointment')).thenRejects(code),
    );
    it('answers 404 for an appointment never booked', () =>
      spec([], step('scheduling.CheckInAppointment')).thenRejects('APPOINTMENT_NOT_FOUND'));
  });

  describe('CompleteAppointment: checked-in → completed', () => {
    it('completes a checked-in appointment', () =>
      spec([booked(), checkedIn()], step('scheduling.CompleteAppointment')).then([completed()]));
    it.each([
      ['APPOINTMENT_NOT_CHECKED_IN', []],
      ['APPOINTMENT_ALREADY_COMPLETED', [checkedIn(), completed()]],
      ['APPOINTMENT_ALREADY_CANCELLED', [cancelled()]],
      ['APPOINTMENT_ALREADY_NO_SHOW', [noShow(AFTER_START)]],
    ])('refuses with %s', (code, history) =>
      spec([booked(), ...history], step('scheduling.CompleteAppointment')).thenRejects(code),
    );
  });

  describe('RecordAppointmentNoShow: booked → no-show', () => {
    it('records a no-show once the appointment has started', () =>
      spec([booked()], step('scheduling.RecordAppointmentNoShow', AFTER_START)).then([noShow(AFTER_START)]));
    it('refuses before the start time', () =>
      spec([booked()], step('scheduling.RecordAppointmentNoShow')).thenRejects('APPOINTMENT_NOT_STARTED'));
    it.each([
      ['APPOINTMENT_ALREADY_CHECKED_IN', [checkedIn()]],
      ['APPOINTMENT_ALREADY_CANCELLED', [cancelled()]],
      ['APPOINTMENT_ALREADY_NO_SHOW', [noShow(AFTER_START)]],
    ])('refuses with %s', (code, history) =>
      spec([booked(), ...history], step('scheduling.RecordAppointmentNoShow', AFTER_START)).thenRejects(code),
    );
  });

  describe('CancelAppointment: booked → cancelled', () => {
    it('cancels with the reason code', () =>
      spec([booked()], cancel('practitioner-unavailable')).then([cancelled('practitioner-unavailable')]));
    it('keeps the reason in the state', () =>
      spec([booked()], cancel('booked-in-error')).thenState({
        ...booked().data,
        status: 'cancelled',
        cancelReason: 'booked-in-error',
        updatedAt: BOOKED_AT,
      }));
    it.each([
      ['APPOINTMENT_ALREADY_CANCELLED', [cancelled()]],
      ['APPOINTMENT_ALREADY_CHECKED_IN', [checkedIn()]],
      ['APPOINTMENT_ALREADY_COMPLETED', [checkedIn(), completed()]],
      ['APPOINTMENT_ALREADY_NO_SHOW', [noShow(AFTER_START)]],
    ])('refuses with %s', (code, history) => spec([booked(), ...history], cancel()).thenRejects(code));
  });

  describe('RescheduleAppointment: booked → booked at another time', () => {
    const NEW_START = '2026-03-10T10:00:00.000Z';
    const NEW_END = '2026-03-10T10:20:00.000Z';

    it('moves the slot and remembers where it was', () =>
      spec([booked()], reschedule(NEW_START, NEW_END)).then([
        {
          type: 'patient.AppointmentRescheduled',
          data: {
            appointmentId: APPOINTMENT_ID,
            patientId: SCHED_PATIENT_ID,
            practitionerId: PRACTITIONER_ID,
            previousStartsAt: STARTS_AT,
            startsAt: NEW_START,
            endsAt: NEW_END,
            location: LOCATION,
            rescheduledAt: BOOKED_AT,
          },
        },
      ]));
    it('decides nothing when the time does not change', () =>
      spec([booked()], reschedule(STARTS_AT, ENDS_AT)).then([]));
    it('refuses a time already past', () =>
      spec([booked()], reschedule('2026-03-01T10:00:00.000Z', '2026-03-01T10:20:00.000Z')).thenRejects(
        'APPOINTMENT_IN_PAST',
      ));
    it.each([
      ['APPOINTMENT_ALREADY_CANCELLED', [cancelled()]],
      ['APPOINTMENT_ALREADY_CHECKED_IN', [checkedIn()]],
    ])('refuses with %s', (code, history) =>
      spec([booked(), ...history], reschedule(NEW_START, NEW_END)).thenRejects(code),
    );
  });

  describe('refusal messages', () => {
    it('are 409s a receptionist understands, with ids only', () => {
      const error = forbiddenStep('check-in', 'cancelled', APPOINTMENT_ID);
      expect(error).toMatchObject({
        status: 409,
        code: 'APPOINTMENT_ALREADY_CANCELLED',
        details: { appointmentId: APPOINTMENT_ID },
      });
      expect(error.message).toBe('Cannot check the patient in: the appointment was cancelled.');
      expect(forbiddenStep('complete', 'booked', APPOINTMENT_ID).message).toBe(
        'Cannot complete this appointment: the patient has not checked in yet. Check them in first.',
      );
    });
  });
});
