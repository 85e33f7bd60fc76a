import { z } from '@hms/sdk';

/** Days of the week, Monday first (ISO 8601). */
export const DAYS_OF_WEEK = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export const dayOfWeekSchema = z.enum(DAYS_OF_WEEK);

/** A wall-clock time, HH:MM on a 24-hour clock. */
export const localTimeSchema = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Expected a local time as HH:MM (24-hour clock)');

/** An IANA time zone ("Europe/Lisbon"), stored with the canonical spelling. */
export const timeZoneSchema = z
  .string()
  .trim()
  .refine((zone) => canonicalTimeZone(zone) !== undefined, 'Expected an IANA time zone, e.g. "Europe/Lisbon"')
  .overwrite((zone) => canonicalTimeZone(zone) ?? zone);

function canonicalTimeZone(zone: string): string | undefined {
  try {
    return new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

/** A clinic, room or other place, e.g. "Outpatients, room 12". */
export const locationSchema = z.string().trim().min(1).max(100);

/** A recurring weekly window of availability, in the schedule's time zone; it ends on the day it starts. */
export const availabilityWindowSchema = z
  .strictObject({
    dayOfWeek: dayOfWeekSchema,
    start: localTimeSchema,
    end: localTimeSchema,
    location: locationSchema,
  })
  .refine((w) => w.start < w.end, { message: 'A window must end after it starts', path: ['end'] });

/** A kind of appointment and how long it takes. */
export const appointmentTypeSchema = z.strictObject({
  code: z
    .string()
    .regex(/^[a-z][a-z0-9-]{0,39}$/, 'Expected a short lower-case code, e.g. "consultation" or "follow-up"'),
  durationMinutes: z.number().int().min(5).max(480),
});

export const exceptionReasonSchema = z.enum(['leave', 'holiday', 'training', 'other']);
export const cancelReasonSchema = z.enum([
  'patient-request',
  'practitioner-unavailable',
  'hospital-closure',
  'booked-in-error',
  'other',
]);
export const appointmentStatusSchema = z.enum(['booked', 'checked-in', 'completed', 'cancelled', 'no-show']);

/** An instant, ISO 8601 with `Z` or an offset; handlers normalise it to UTC. */
export const instantSchema = z.iso.datetime({ offset: true });

export type DayOfWeek = z.infer<typeof dayOfWeekSchema>;
export type AvailabilityWindow = z.infer<typeof availabilityWindowSchema>;
export type AppointmentType = z.infer<typeof appointmentTypeSchema>;
export type ExceptionReason = z.infer<typeof exceptionReasonSchema>;
export type CancelReason = z.infer<typeof cancelReasonSchema>;
export type AppointmentStatus = z.infer<typeof appointmentStatusSchema>;

/** A waitlist offer's slot (UTC instants). */
export const offerSlotShape = { startsAt: z.iso.datetime(), endsAt: z.iso.datetime() };
