import { defineRoute, type RouteDefinition } from '@hms/sdk';
import { ClockIn, ClockOut } from '../contracts/attendance.contracts';
import { attendanceSchema, GetAttendance } from '../contracts/queries';
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
];
