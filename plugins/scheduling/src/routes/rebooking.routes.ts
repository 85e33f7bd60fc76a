import { defineRoute, type RouteDefinition } from '@hms/sdk';
import { appointmentsToRebookSchema, ListAppointmentsToRebook } from '../contracts/rebooking';

/** Static paths: listed before `/appointments/:appointmentId`. */
export const rebookingRoutes: RouteDefinition[] = [
  defineRoute({
    method: 'GET',
    path: '/appointments/to-rebook',
    summary: 'Booked appointments whose practitioner is now away that day (leave, lapsed licence)',
    description: '`?days=` ahead (default 90); `?practitionerId=`. Needs the staff plugin; empty without it.',
    query: ListAppointmentsToRebook,
    queryString: ListAppointmentsToRebook.schema,
    response: appointmentsToRebookSchema,
  }),
];
