import { defineQuery, z } from '@hms/sdk';
import {
  appointmentStatusSchema,
  appointmentTypeSchema,
  availabilityWindowSchema,
  cancelReasonSchema,
  exceptionReasonSchema,
  instantSchema,
  offerSlotShape,
} from './schemas';

/** Longest range one free-slot search or appointment list covers. */
export const MAX_SCHEDULING_RANGE_DAYS = 31;
export const MAX_SLOTS = 500;

const DAY_MS = 86_400_000;
const withinRange = (from: string, to: string, inclusiveDays: boolean): boolean => {
  const days = (Date.parse(to) - Date.parse(from)) / DAY_MS + (inclusiveDays ? 1 : 0);
  return days > 0 && days <= MAX_SCHEDULING_RANGE_DAYS;
};
const rangeIssue = {
  message: `"to" must be after "from", at most ${MAX_SCHEDULING_RANGE_DAYS} days later`,
  path: ['to'],
};

/** One query-string value or many (`?practitionerId=a&practitionerId=b`, or `a,b`). */
const uuidList = z.preprocess(
  (value) => (typeof value === 'string' ? value.split(',') : value),
  z.array(z.uuid()).min(1).max(50),
);

export const GetSchedule = defineQuery(
  'scheduling.GetSchedule',
  z.strictObject({ practitionerId: z.uuid() }),
  "A practitioner's schedule and leave",
).returns<ScheduleView>();

/** Every practitioner with a schedule: what a desk chooses a calendar from. */
export const ListSchedules = defineQuery(
  'scheduling.ListSchedules',
  z.strictObject({}),
  'List the practitioners who have a schedule',
).returns<ScheduleSummaryList>();

/**
 * Free slots of one or more practitioners for an appointment type, `from` to `to` inclusive (dates in each
 * schedule's time zone), earliest first; times already past are left out.
 */
export const FindFreeSlots = defineQuery(
  'scheduling.FindFreeSlots',
  z
    .strictObject({
      practitionerIds: uuidList,
      type: appointmentTypeSchema.shape.code,
      from: z.iso.date(),
      to: z.iso.date(),
      limit: z.coerce.number().int().min(1).max(MAX_SLOTS).optional().describe('Most slots (default 100)'),
    })
    .refine((q) => withinRange(q.from, q.to, true), rangeIssue),
  'Find free appointment slots',
).returns<FreeSlotList>();

export const GetAppointment = defineQuery(
  'scheduling.GetAppointment',
  z.strictObject({ id: z.uuid() }),
  'Look up one appointment',
).returns<AppointmentView>();

/** A day or week list: a practitioner's or a patient's appointments starting in [from, to). */
export const ListAppointments = defineQuery(
  'scheduling.ListAppointments',
  z
    .strictObject({
      practitionerId: z.uuid().optional(),
      patientId: z.uuid().optional(),
      from: instantSchema,
      to: instantSchema,
      status: appointmentStatusSchema.optional(),
    })
    .refine((q) => q.practitionerId !== undefined || q.patientId !== undefined, {
      message: 'Give a practitionerId or a patientId',
      path: ['practitionerId'],
    })
    .refine((q) => withinRange(q.from, q.to, false), rangeIssue),
  "List a practitioner's or a patient's appointments",
).returns<AppointmentList>();

export const freeSlotSchema = z.object({
  practitionerId: z.uuid(),
  type: z.string(),
  startsAt: z.iso.datetime(),
  endsAt: z.iso.datetime(),
  location: z.string(),
});
export const freeSlotListSchema = z.object({ items: z.array(freeSlotSchema) });

export const scheduleViewSchema = z.object({
  practitionerId: z.uuid(),
  timeZone: z.string(),
  weeklyAvailability: z.array(availabilityWindowSchema),
  appointmentTypes: z.array(appointmentTypeSchema),
  exceptions: z.array(
    z.object({ exceptionId: z.uuid(), from: z.string(), to: z.string(), reason: exceptionReasonSchema }),
  ),
  version: z.number().int(),
  definedAt: z.iso.datetime(),
});

/** An appointment; `version` counts its events. */
export const appointmentViewSchema = z.object({
  id: z.uuid(),
  patientId: z.uuid(),
  practitionerId: z.uuid(),
  type: z.string(),
  startsAt: z.iso.datetime(),
  endsAt: z.iso.datetime(),
  location: z.string(),
  status: appointmentStatusSchema,
  cancelReason: cancelReasonSchema.optional(),
  version: z.number().int(),
  bookedAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export const appointmentListSchema = z.object({ items: z.array(appointmentViewSchema) });

/** A practitioner's name, position and licence status as staff has them. */
export const practitionerLabelSchema = z.object({
  name: z.string(),
  position: z.string(),
  licence: z.enum(['valid', 'expired', 'none']),
});

/** A practitioner with a schedule, as the calendar list shows it. */
export const scheduleSummarySchema = z.object({
  practitionerId: z.uuid(),
  timeZone: z.string(),
  appointmentTypes: z.array(appointmentTypeSchema),
  definedAt: z.iso.datetime(),
  /**
   * Who the calendar belongs to, from the staff plugin's directory. Absent without staff, for an id staff does
   * not know (a schedule from before staff, not brought in yet), or for a user who may not see the directory, so
   * a client of 1.0 reads the same answer. Since 1.1.
   */
  practitioner: practitionerLabelSchema.optional(),
});
export const scheduleSummaryListSchema = z.object({ items: z.array(scheduleSummarySchema) });
export type ScheduleSummaryList = z.infer<typeof scheduleSummaryListSchema>;

export type FreeSlot = z.infer<typeof freeSlotSchema>;
export type FreeSlotList = z.infer<typeof freeSlotListSchema>;
export type ScheduleView = z.infer<typeof scheduleViewSchema>;
export type AppointmentView = z.infer<typeof appointmentViewSchema>;
export type AppointmentList = z.infer<typeof appointmentListSchema>;

// The waiting list.
export const waitlistStatusSchema = z.enum(['waiting', 'offered', 'booked', 'cancelled']);
export type WaitlistStatus = z.infer<typeof waitlistStatusSchema>;

export const waitlistEntrySchema = z.object({
  id: z.uuid(),
  patientId: z.uuid(),
  practitionerId: z.uuid(),
  type: z.string(),
  earliest: z.iso.date(),
  latest: z.iso.date(),
  note: z.string().optional(),
  status: waitlistStatusSchema,
  requestedAt: z.iso.datetime(),
  offer: z.object({ ...offerSlotShape, offeredAt: z.iso.datetime(), expiresAt: z.iso.datetime() }).optional(),
  appointmentId: z.uuid().optional(),
  version: z.number().int(),
});
export type WaitlistEntryView = z.infer<typeof waitlistEntrySchema>;
export const waitlistListSchema = z.object({ items: z.array(waitlistEntrySchema) });
export type WaitlistList = z.infer<typeof waitlistListSchema>;

export const ListWaitlist = defineQuery(
  'scheduling.ListWaitlist',
  z.strictObject({ practitionerId: z.uuid().optional(), patientId: z.uuid().optional() }),
  'The open waitlist entries (waiting or holding an offer), oldest request first',
).returns<WaitlistList>();
