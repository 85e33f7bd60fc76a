import { defineRoute, z, type RouteDefinition, type RouteRequest } from '@hms/sdk';
import { assignmentSchema, PublishRoster } from '../contracts/roster.commands';
import {
  CheckRoster,
  GetWardShifts,
  ListRosters,
  ProposeRoster,
  rosterCheckSchema,
  rosterListSchema,
  rosterProposalSchema,
  wardShiftsSchema,
} from '../contracts/roster.queries';
import { DefineWardShifts, shiftTypeSchema } from '../contracts/ward-shifts.contracts';

/** The body's fields plus the ward from the path; a non-object body goes on to be refused (400). */
function withWard(request: RouteRequest): unknown {
  const { body } = request;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return body;
  return { ...body, wardId: request.params.wardId };
}

export const rosterRoutes: RouteDefinition[] = [
  defineRoute({
    method: 'GET',
    path: '/staff/wards/:wardId/shifts',
    summary: "A ward's shift types and time zone",
    query: GetWardShifts,
    response: wardShiftsSchema,
  }),
  defineRoute({
    method: 'PUT',
    path: '/staff/wards/:wardId/shifts',
    summary: "Define a ward's shift types (minimum staff per skill) and time zone",
    description: 'The ward id is the department id its staff carry.',
    command: DefineWardShifts,
    body: z.strictObject({ timeZone: z.string(), shiftTypes: z.array(shiftTypeSchema) }),
    input: withWard,
  }),
  defineRoute({
    method: 'GET',
    path: '/staff/wards/:wardId/roster-proposal',
    summary: 'Generate a roster for a period (saved nowhere: edit it, check it and publish it)',
    description: '`?from=&to=` (dates, at most 42 days). Empty seats come with the rules that kept people off.',
    query: ProposeRoster,
    queryString: z.object({ from: z.iso.date(), to: z.iso.date() }),
    response: rosterProposalSchema,
  }),
  defineRoute({
    method: 'POST',
    path: '/staff/wards/:wardId/roster-check',
    summary: 'Check a roster edited by hand against the rules (nothing is saved)',
    query: CheckRoster,
    input: withWard,
    response: rosterCheckSchema,
  }),
  defineRoute({
    method: 'POST',
    path: '/staff/wards/:wardId/rosters',
    summary: "Publish (or republish) a ward's roster for a period",
    description:
      'Refused while it breaks a hard rule about a person; shifts below minimum need `acknowledgeShortfalls`.',
    command: PublishRoster,
    body: z.strictObject({
      period: z.object({ from: z.iso.date(), to: z.iso.date() }),
      assignments: z.array(assignmentSchema),
      acknowledgeShortfalls: z.boolean().optional(),
    }),
    input: withWard,
    status: 201,
  }),
  defineRoute({
    method: 'GET',
    path: '/staff/rosters',
    summary: 'Published rosters of a ward, or with one person on them',
    description: '`?from=&to=` and `?wardId=` (the roster board) or `?employeeId=` (my shifts).',
    query: ListRosters,
    queryString: z.object({
      from: z.iso.date(),
      to: z.iso.date(),
      wardId: z.uuid().optional(),
      employeeId: z.uuid().optional(),
    }),
    response: rosterListSchema,
  }),
];
