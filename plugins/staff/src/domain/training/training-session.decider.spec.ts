import { deciderSpec } from '@hms/sdk/testing';
import { COLLEAGUE, EMPLOYEE, meta, recorded } from '../../../test/builders';
import {
  trainingSessionDecider,
  type TrainingSessionCommand,
  type TrainingSessionEvent,
} from './training-session.decider';

const SESSION = '00000000-0000-4000-8000-000000000021';
const STARTS = '2027-03-10T09:00:00.000Z';
const scheduled: TrainingSessionEvent = {
  type: 'staff.TrainingSessionScheduled',
  data: { ...recorded(), sessionId: SESSION, courseCode: 'BLS', startsAt: STARTS, capacity: 1 },
};
const booked: TrainingSessionEvent = {
  type: 'staff.TrainingPlaceBooked',
  data: { ...recorded(), sessionId: SESSION, employeeId: EMPLOYEE },
};
const book = (employeeId: string): TrainingSessionCommand => ({
  type: 'staff.BookTrainingPlace',
  meta: meta(),
  data: { sessionId: SESSION, employeeId },
});
const attend = (attended: boolean, now = '2027-03-10T13:00:00.000Z'): TrainingSessionCommand => ({
  type: 'staff.RecordTrainingAttendance',
  meta: meta(now),
  data: { sessionId: SESSION, employeeId: EMPLOYEE, attended },
});

describe('training session decider', () => {
  it('schedules a session and books places up to its capacity, once per person', () => {
    deciderSpec(trainingSessionDecider)
      .given([])
      .when({
        type: 'staff.ScheduleTrainingSession',
        meta: meta(),
        data: { sessionId: SESSION, courseCode: 'BLS', startsAt: STARTS, capacity: 1 },
      })
      .then([scheduled]);
    deciderSpec(trainingSessionDecider).given([scheduled]).when(book(EMPLOYEE)).then([booked]);
    deciderSpec(trainingSessionDecider)
      .given([scheduled, booked])
      .when(book(EMPLOYEE))
      .thenRejects('TRAINING_ALREADY_BOOKED');
    deciderSpec(trainingSessionDecider)
      .given([scheduled, booked])
      .when(book(COLLEAGUE))
      .thenRejects('TRAINING_SESSION_FULL');
  });

  it('completes the course for a booked person who attended, from the session on', () => {
    deciderSpec(trainingSessionDecider)
      .given([scheduled, booked])
      .when(attend(true))
      .then([
        {
          type: 'staff.TrainingCompleted',
          data: {
            ...recorded('2027-03-10T13:00:00.000Z'),
            sessionId: SESSION,
            employeeId: EMPLOYEE,
            courseCode: 'BLS',
            completedOn: '2027-03-10',
          },
        },
      ]);
    deciderSpec(trainingSessionDecider)
      .given([scheduled, booked])
      .when(attend(false))
      .then([
        {
          type: 'staff.TrainingMissed',
          data: { ...recorded('2027-03-10T13:00:00.000Z'), sessionId: SESSION, employeeId: EMPLOYEE },
        },
      ]);
    deciderSpec(trainingSessionDecider)
      .given([scheduled, booked])
      .when(attend(true, '2027-03-09T13:00:00.000Z'))
      .thenRejects('TRAINING_NOT_STARTED');
    deciderSpec(trainingSessionDecider).given([scheduled]).when(attend(true)).thenRejects('TRAINING_NOT_BOOKED');
  });
});
