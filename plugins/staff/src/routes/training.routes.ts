import { defineRoute, z, type RouteDefinition } from '@hms/sdk';
import { GetTrainingCompliance, trainingComplianceSchema } from '../contracts/queries';
import {
  BookTrainingPlace,
  DefineMandatoryTraining,
  RecordTrainingAttendance,
  ScheduleTrainingSession,
} from '../contracts/training.contracts';

export const trainingRoutes: RouteDefinition[] = [
  defineRoute({
    method: 'PUT',
    path: '/staff/training/mandatory/:courseCode',
    summary: 'Make a course mandatory for positions, with how long a completion counts',
    command: DefineMandatoryTraining,
    body: z.strictObject({
      validForMonths: z.number().int().nullable(),
      mandatoryFor: z.array(z.string()),
    }),
    input: ({ body, params }) =>
      typeof body === 'object' && body !== null && !Array.isArray(body)
        ? { ...body, courseCode: params.courseCode }
        : body,
  }),
  defineRoute({
    method: 'POST',
    path: '/staff/training/sessions',
    summary: 'Schedule a training session of a course',
    command: ScheduleTrainingSession,
    status: 201,
  }),
  defineRoute({
    method: 'POST',
    path: '/staff/training/sessions/:sessionId/places',
    summary: 'Book an employee a place on a session',
    command: BookTrainingPlace,
    status: 201,
  }),
  defineRoute({
    method: 'POST',
    path: '/staff/training/sessions/:sessionId/attendance',
    summary: 'Record whether a booked employee attended (attending completes the course)',
    command: RecordTrainingAttendance,
  }),
  defineRoute({
    method: 'GET',
    path: '/staff/training/compliance',
    summary: 'Mandatory training per employee: compliant, due soon, expired or missing',
    description: '`?departmentId=` for one department or ward.',
    query: GetTrainingCompliance,
    queryString: GetTrainingCompliance.schema,
    response: trainingComplianceSchema,
  }),
];
