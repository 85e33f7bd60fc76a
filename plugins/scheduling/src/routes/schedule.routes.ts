import { defineRoute, z, type RouteDefinition, type RouteRequest } from '@hms/sdk';
import { AddScheduleException, DefineSchedule } from '../contracts/commands';
import {
  FindFreeSlots,
  freeSlotListSchema,
  GetSchedule,
  ListSchedules,
  scheduleSummaryListSchema,
  scheduleViewSchema,
} from '../contracts/queries';
import {
  appointmentTypeSchema,
  availabilityWindowSchema,
  exceptionReasonSchema,
  timeZoneSchema,
} from '../contracts/schemas';

/** The body's fields plus the practitioner id from the path; a non-object body goes on to be refused (400). */
function withPractitioner(request: RouteRequest): unknown {
  const { body } = request;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return body;
  return { ...body, practitionerId: request.params.practitionerId };
}

export const defineScheduleRoute = defineRoute({
  method: 'PUT',
  path: '/schedules/:practitionerId',
  summary: "Define or replace a practitioner's schedule",
  description: 'Weekly availability (day, start, end, room), appointment types with durations, and the time zone.',
  command: DefineSchedule,
  body: z.strictObject({
    timeZone: timeZoneSchema,
    weeklyAvailability: z.array(availabilityWindowSchema),
    appointmentTypes: z.array(appointmentTypeSchema),
  }),
  input: withPractitioner,
  response: scheduleViewSchema,
});

export const addScheduleExceptionRoute = defineRoute({
  method: 'POST',
  path: '/schedules/:practitionerId/exceptions',
  summary: 'Record leave or a holiday',
  description: 'Whole days, from and to inclusive, in the schedule’s time zone. Booked appointments stay booked.',
  command: AddScheduleException,
  status: 201,
  body: z.strictObject({ from: z.iso.date(), to: z.iso.date(), reason: exceptionReasonSchema }),
  input: withPractitioner,
  response: scheduleViewSchema,
});

export const getScheduleRoute = defineRoute({
  method: 'GET',
  path: '/schedules/:practitionerId',
  summary: "A practitioner's schedule",
  query: GetSchedule,
  response: scheduleViewSchema,
});

const slotQueryString = z.strictObject({
  type: z.string(),
  from: z.iso.date(),
  to: z.iso.date(),
  limit: z.string().optional(),
});

export const findFreeSlotsRoute = defineRoute({
  method: 'GET',
  path: '/schedules/:practitionerId/slots',
  summary: 'Free slots of a practitioner',
  description: 'For an appointment type, from and to inclusive (dates in the schedule’s time zone).',
  query: FindFreeSlots,
  queryString: slotQueryString,
  input: ({ params, query }: RouteRequest) => ({ ...query, practitionerIds: [params.practitionerId] }),
  response: freeSlotListSchema,
});

export const findFreeSlotsOfManyRoute = defineRoute({
  method: 'GET',
  path: '/schedules/slots',
  summary: 'Free slots of several practitioners',
  description: 'As /schedules/{practitionerId}/slots, for practitionerId=…&practitionerId=… (or a,b), by start.',
  query: FindFreeSlots,
  queryString: slotQueryString.extend({ practitionerId: z.union([z.string(), z.array(z.string())]) }),
  input: ({ query: { practitionerId, ...rest } }: RouteRequest) => ({ ...rest, practitionerIds: practitionerId }),
  response: freeSlotListSchema,
});

export const listSchedulesRoute = defineRoute({
  method: 'GET',
  path: '/schedules',
  summary: 'Practitioners with a schedule',
  description: 'Ids, time zones and appointment types, oldest definition first; a new schedule shows within a moment.',
  query: ListSchedules,
  response: scheduleSummaryListSchema,
});

export const scheduleRoutes: readonly RouteDefinition[] = [
  listSchedulesRoute,
  defineScheduleRoute,
  addScheduleExceptionRoute,
  getScheduleRoute,
  findFreeSlotsRoute,
  findFreeSlotsOfManyRoute,
];
