import { defineReplica, z } from '@hms/sdk';
import {
  AppointmentBooked,
  AppointmentCancelled,
  AppointmentCheckedIn,
  AppointmentCompleted,
  AppointmentNoShowRecorded,
  AppointmentRescheduled,
  ScheduleDefined,
  ScheduleExceptionAdded,
  SlotReleased,
  SlotReserved,
} from '../contracts/events';
import { FindFreeSlots, ListAppointments, type AppointmentView } from '../contracts/queries';
import { instantSchema } from '../contracts/schemas';

/**
 * A clinic's day list (a practitioner's appointments in [from, to)) on the desk's computer: who is due, who has
 * checked in, through a network outage. Every appointment event names its appointment, so a pull carries only the
 * appointments that changed; one booked elsewhere is not in the rows and is not sent.
 */
export const dayListReplica = defineReplica({
  name: 'scheduling.DayList',
  description: "A practitioner's appointments in a time range (a clinic day)",
  query: ListAppointments,
  params: z.strictObject({ practitionerId: z.uuid(), from: instantSchema, to: instantSchema }),
  events: [
    AppointmentBooked,
    AppointmentRescheduled,
    AppointmentCheckedIn,
    AppointmentCompleted,
    AppointmentCancelled,
    AppointmentNoShowRecorded,
  ],
  rows: (list): readonly AppointmentView[] => list.items,
  key: (appointment) => appointment.id,
  changedRows: (event) => [String((event.data as { appointmentId: string }).appointmentId)],
  limits: { maxRows: 500, maxAgeHours: 12 },
});

/**
 * The free slots of a clinic's practitioners for one appointment type over some days: kept whole (which slots are
 * free follows from schedules, leave and every booking together), sent again only after a booking or schedule event.
 */
export const freeSlotsReplica = defineReplica({
  name: 'scheduling.FreeSlots',
  description: 'Free slots of some practitioners for an appointment type, over some days',
  query: FindFreeSlots,
  params: z.strictObject({
    practitionerIds: z
      .string()
      .regex(/^[0-9a-f-]{36}(,[0-9a-f-]{36}){0,49}$/i, 'must be practitioner ids, comma-separated'),
    type: z.string().max(40),
    from: z.iso.date(),
    to: z.iso.date(),
  }),
  events: [
    ScheduleDefined,
    ScheduleExceptionAdded,
    SlotReserved,
    SlotReleased,
    AppointmentBooked,
    AppointmentRescheduled,
    AppointmentCancelled,
  ],
  limits: { maxRows: 1, maxAgeHours: 4 },
});
