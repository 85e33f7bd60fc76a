import { defineCommand, defineEvent, z } from '@hms/sdk';
import { recorded } from './employee.events';

const session = { sessionId: z.uuid() };

export const ScheduleTrainingSession = defineCommand(
  'staff.ScheduleTrainingSession',
  z.strictObject({
    /** The course code: "BLS", "FIRE-SAFETY", "MANUAL-HANDLING". */
    courseCode: z.string().regex(/^[A-Z0-9-]{1,30}$/),
    startsAt: z.iso.datetime(),
    capacity: z.number().int().min(1).max(500),
  }),
  'Schedule a session of a training course',
);
export const BookTrainingPlace = defineCommand(
  'staff.BookTrainingPlace',
  z.strictObject({ ...session, employeeId: z.uuid() }),
  'Book an employee a place on a session',
);
export const RecordTrainingAttendance = defineCommand(
  'staff.RecordTrainingAttendance',
  z.strictObject({
    ...session,
    employeeId: z.uuid(),
    attended: z.boolean(),
  }),
  'Record whether a booked employee attended (attending completes the course)',
);

export const TrainingSessionScheduled = defineEvent(
  'staff.TrainingSessionScheduled',
  z.object({
    ...recorded,
    ...session,
    courseCode: z.string(),
    startsAt: z.iso.datetime(),
    capacity: z.number().int(),
  }),
  { description: 'A training session was scheduled' },
);
export const TrainingPlaceBooked = defineEvent(
  'staff.TrainingPlaceBooked',
  z.object({ ...recorded, ...session, employeeId: z.uuid() }),
  { description: 'An employee was booked on a training session' },
);
export const TrainingCompleted = defineEvent(
  'staff.TrainingCompleted',
  z.object({
    ...recorded,
    ...session,
    employeeId: z.uuid(),
    courseCode: z.string(),
    completedOn: z.iso.date(),
  }),
  { description: 'An employee attended a session and completed the course' },
);
export const TrainingMissed = defineEvent(
  'staff.TrainingMissed',
  z.object({ ...recorded, ...session, employeeId: z.uuid() }),
  { description: 'A booked employee did not attend' },
);
