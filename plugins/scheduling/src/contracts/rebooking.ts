import { defineQuery, z } from '@hms/sdk';
import { appointmentViewSchema } from './queries';

export const appointmentToRebookSchema = appointmentViewSchema.extend({
  /** Why the practitioner cannot see the patient that day, as the staff plugin says (since 1.1). */
  away: z.object({
    date: z.iso.date(),
    reason: z.enum(['leave', 'licence-expired', 'not-employed', 'not-rostered']),
  }),
});
export const appointmentsToRebookSchema = z.object({ items: z.array(appointmentToRebookSchema) });
export type AppointmentsToRebook = z.infer<typeof appointmentsToRebookSchema>;

/**
 * Booked appointments their practitioner may no longer see: leave approved after the booking, a licence that
 * lapsed, employment that ended, a published roster that leaves the time outside their shifts. Nothing is
 * cancelled by itself: the desk rebooks or cancels each one with the patient. Computed from staff's published
 * availability at each ask, so cancelled leave takes its bookings off the list. Empty without the staff plugin.
 */
export const ListAppointmentsToRebook = defineQuery(
  'scheduling.ListAppointmentsToRebook',
  z.strictObject({
    practitionerId: z.uuid().optional(),
    /** How far ahead to look, from now (default 90 days). */
    days: z.coerce.number().int().min(1).max(366).default(90),
  }),
  'Booked appointments whose practitioner is now on leave or otherwise away that day',
).returns<AppointmentsToRebook>();
