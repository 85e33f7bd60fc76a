import { defineRoute, z, type RouteDefinition, type RouteRequest } from '@hms/sdk';
import {
  BookAppointment,
  CancelAppointment,
  CheckInAppointment,
  CompleteAppointment,
  RecordAppointmentNoShow,
  RescheduleAppointment,
} from '../contracts/commands';
import { appointmentListSchema, appointmentViewSchema, GetAppointment, ListAppointments } from '../contracts/queries';
import { cancelReasonSchema, instantSchema } from '../contracts/schemas';

/** The body's fields (if any) plus the appointment id from the path. */
function withAppointment(request: RouteRequest): unknown {
  const { body } = request;
  if (body === undefined || body === null) return { appointmentId: request.params.id };
  if (typeof body !== 'object' || Array.isArray(body)) return body;
  return { ...body, appointmentId: request.params.id };
}

export const bookAppointmentRoute = defineRoute({
  method: 'POST',
  path: '/appointments',
  summary: 'Book an appointment',
  description:
    'At a free time inside the practitioner’s availability. 409 SLOT_TAKEN when someone else just booked it. ' +
    'Send an Idempotency-Key to make a retry safe.',
  command: BookAppointment,
  status: 201,
  response: appointmentViewSchema,
  respond: (appointment) => ({
    status: 201,
    body: appointment,
    headers: { Location: `/api/appointments/${appointment.id}` },
  }),
});

const step = (
  path: string,
  summary: string,
  command: typeof CheckInAppointment | typeof CompleteAppointment | typeof RecordAppointmentNoShow,
): RouteDefinition =>
  defineRoute({
    method: 'POST',
    path: `/appointments/:id/${path}`,
    summary,
    command,
    body: z.strictObject({}),
    input: withAppointment,
    response: appointmentViewSchema,
  });

export const checkInAppointmentRoute = step('check-in', 'Check the patient in', CheckInAppointment);
export const completeAppointmentRoute = step('complete', 'Complete a checked-in appointment', CompleteAppointment);
export const recordNoShowRoute = step('no-show', 'Record that the patient did not come', RecordAppointmentNoShow);

export const cancelAppointmentRoute = defineRoute({
  method: 'POST',
  path: '/appointments/:id/cancel',
  summary: 'Cancel an appointment',
  description: 'With a reason code; the time becomes free for another booking.',
  command: CancelAppointment,
  body: z.strictObject({ reason: cancelReasonSchema }),
  input: withAppointment,
  response: appointmentViewSchema,
});

export const rescheduleAppointmentRoute = defineRoute({
  method: 'POST',
  path: '/appointments/:id/reschedule',
  summary: 'Move an appointment to another time',
  description: 'Same practitioner and type. If the new time is taken (409), the appointment keeps its old time.',
  command: RescheduleAppointment,
  body: z.strictObject({ startsAt: instantSchema }),
  input: withAppointment,
  response: appointmentViewSchema,
});

export const listAppointmentsRoute = defineRoute({
  method: 'GET',
  path: '/appointments',
  summary: 'A day or week list of appointments',
  description: 'Of a practitioner or a patient, starting in [from, to) (ISO 8601 instants), by start time.',
  query: ListAppointments,
  response: appointmentListSchema,
});

export const getAppointmentRoute = defineRoute({
  method: 'GET',
  path: '/appointments/:id',
  summary: 'Look up an appointment',
  query: GetAppointment,
  response: appointmentViewSchema,
});

export const appointmentRoutes: readonly RouteDefinition[] = [
  bookAppointmentRoute,
  checkInAppointmentRoute,
  completeAppointmentRoute,
  recordNoShowRoute,
  cancelAppointmentRoute,
  rescheduleAppointmentRoute,
  listAppointmentsRoute,
  getAppointmentRoute,
];
