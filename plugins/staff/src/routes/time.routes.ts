import { defineRoute, type RouteDefinition } from '@hms/sdk';
import { ClockIn, ClockOut } from '../contracts/attendance.contracts';
import { attendanceSchema, GetAttendance, GetWardAttendance, wardAttendanceSchema } from '../contracts/queries';
import { z } from '@hms/sdk';

export const timeRoutes: RouteDefinition[] = [
  defineRoute({
    method: 'POST',
    path: '/staff/clock/in',
    summary: 'Clock in (a badge kiosk): `{ employeeId, kioskId }`',
    command: ClockIn,
  }),
  defineRoute({
    method: 'POST',
    path: '/staff/clock/out',
    summary: 'Clock out (a badge kiosk): `{ employeeId, kioskId }`',
    command: ClockOut,
  }),
  defineRoute({
    method: 'GET',
    path: '/staff/employees/:employeeId/attendance',
    summary: 'Rostered shifts against the clock (late, left early, overtime, absent) and hours per week',
    query: GetAttendance,
    queryString: z.object({ from: z.iso.date(), to: z.iso.date() }),
    response: attendanceSchema,
  }),
  defineRoute({
    method: 'GET',
    path: '/staff/wards/:wardId/attendance',
    summary: "A ward's day or period: who was rostered, is clocked in, late, absent or on leave (the ward manager)",
    description: '`?from=&to=` (dates, at most 42 days; a single day is `from` = `to`).',
    query: GetWardAttendance,
    queryString: z.object({ from: z.iso.date(), to: z.iso.date() }),
    response: wardAttendanceSchema,
  }),
];
