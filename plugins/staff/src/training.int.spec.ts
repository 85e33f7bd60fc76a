import { createTestKernel, type TestKernel } from '@hms/sdk/testing';
import { hire, rejection } from '../test/hire';
import { GetTrainingCompliance } from './contracts/queries';
import {
  BookTrainingPlace,
  DefineMandatoryTraining,
  RecordTrainingAttendance,
  ScheduleTrainingSession,
} from './contracts/training.contracts';
import { staffPlugin } from './plugin';

const NOW = '2027-03-01T09:00:00.000Z';
const DAY = 86_400_000;

describe('training on the real kernel', () => {
  let kernel: TestKernel;

  beforeAll(async () => {
    kernel = await createTestKernel({ plugins: [staffPlugin], now: NOW });
  });
  afterAll(async () => kernel?.close());

  it('books places up to the capacity, completes the course by attendance, and reports compliance', async () => {
    const attends = await hire(kernel, { position: 'Staff nurse' });
    const misses = await hire(kernel, { position: 'Staff nurse' });
    const late = await hire(kernel, { position: 'Staff nurse' });
    await hire(kernel, { position: 'Porter' }); // nothing mandatory: not listed
    await kernel.execute(DefineMandatoryTraining, {
      courseCode: 'BLS',
      validForMonths: 12,
      mandatoryFor: ['Staff nurse'],
    });
    const { id: sessionId } = await kernel.execute(ScheduleTrainingSession, {
      courseCode: 'BLS',
      startsAt: '2027-03-02T09:00:00.000Z',
      capacity: 2,
    });
    await kernel.execute(BookTrainingPlace, { sessionId, employeeId: attends });
    await kernel.execute(BookTrainingPlace, { sessionId, employeeId: misses });
    expect(await rejection(kernel.execute(BookTrainingPlace, { sessionId, employeeId: late }))).toMatchObject({
      status: 422,
      code: 'TRAINING_SESSION_FULL',
    });
    // Attendance is recorded once the session has started.
    expect(
      await rejection(kernel.execute(RecordTrainingAttendance, { sessionId, employeeId: attends, attended: true })),
    ).toMatchObject({ code: 'TRAINING_NOT_STARTED' });
    kernel.clock.advance(2 * DAY);
    await kernel.execute(RecordTrainingAttendance, { sessionId, employeeId: attends, attended: true });
    await kernel.execute(RecordTrainingAttendance, { sessionId, employeeId: misses, attended: false });

    const { items } = await kernel.ask(GetTrainingCompliance, {});
    const of = (id: string) => items.find((i) => i.employeeId === id)?.courses;
    // Completed 2027-03-02, valid 12 months: through 2028-03-01.
    expect(of(attends)).toEqual([{ courseCode: 'BLS', status: 'compliant', validUntil: '2028-03-01' }]);
    expect(of(misses)).toEqual([{ courseCode: 'BLS', status: 'missing', validUntil: null }]);
    expect(items.every((i) => i.position === 'Staff nurse')).toBe(true);
  });
});
