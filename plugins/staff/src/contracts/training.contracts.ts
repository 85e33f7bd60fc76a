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
).returns<{ id: string }>();
export const BookTrainingPlace = defineCommand(
  'staff.BookTrainingPlace',
  z.strictObject({ ...session, employeeId: z.uuid() }),
  'Book an employee a place on a session',
).returns<{ id: string }>();
export const RecordTrainingAttendance = defineCommand(
  'staff.RecordTrainingAttendance',
  z.strictObject({
    ...session,
    employeeId: z.uuid(),
    attended: z.boolean(),
  }),
  'Record whether a booked employee attended (attending completes the course)',
).returns<{ id: string }>();

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

export const TRAINING_EVENTS = [
  TrainingSessionScheduled,
  TrainingPlaceBooked,
  TrainingCompleted,
  TrainingMissed,
] as const;

const courseCode = z.string().regex(/^[A-Z0-9-]{1,30}$/);

/** A course made mandatory for positions, and how long a completion counts ("BLS every 12 months, every nurse"). */
export const DefineMandatoryTraining = defineCommand(
  'staff.DefineMandatoryTraining',
  z.strictObject({
    courseCode,
    /** Months a completion counts; null: once is enough. */
    validForMonths: z.number().int().min(1).max(120).nullable(),
    /** The positions (job titles, as on employee records) that must hold it; empty: no longer mandatory. */
    mandatoryFor: z.array(z.string().trim().min(1).max(120)).max(100),
  }),
  'Make a course mandatory for positions, with how long a completion counts',
).returns<{ courseCode: string }>();

export const MandatoryTrainingDefined = defineEvent(
  'staff.MandatoryTrainingDefined',
  z.object({
    ...recorded,
    courseCode: z.string(),
    validForMonths: z.number().int().nullable(),
    mandatoryFor: z.array(z.string()),
  }),
  { description: 'A course was made mandatory for positions (or its rule changed)' },
);
