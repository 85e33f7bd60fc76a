import { defineCommand, z } from '@hms/sdk';
import {
  appointmentTypeSchema,
  availabilityWindowSchema,
  cancelReasonSchema,
  exceptionReasonSchema,
  instantSchema,
  timeZoneSchema,
} from './schemas';
import type { AppointmentView, ScheduleView, WaitlistEntryView } from './queries';

const MAX_EXCEPTION_DAYS = 366;

/** Defines or replaces a practitioner's schedule: weekly availability, appointment types, time zone. */
export const DefineSchedule = defineCommand(
  'scheduling.DefineSchedule',
  z
    .strictObject({
      practitionerId: z.uuid(),
      timeZone: timeZoneSchema,
      weeklyAvailability: z.array(availabilityWindowSchema).max(100),
      appointmentTypes: z.array(appointmentTypeSchema).min(1).max(50),
    })
    .superRefine((schedule, ctx) => {
      const codes = schedule.appointmentTypes.map((t) => t.code);
      if (new Set(codes).size !== codes.length) {
        ctx.addIssue({ code: 'custom', path: ['appointmentTypes'], message: 'Appointment type codes must differ' });
      }
      const windows = schedule.weeklyAvailability;
      windows.forEach((w, i) => {
        const clash = windows.some(
          (o, j) => j < i && o.dayOfWeek === w.dayOfWeek && o.start < w.end && w.start < o.end,
        );
        if (clash)
          ctx.addIssue({ code: 'custom', path: ['weeklyAvailability', i], message: 'Overlaps another window' });
      });
    }),
  "Define or replace a practitioner's weekly availability, appointment types and time zone",
).returns<ScheduleView>();

/** Removes availability on whole days, `from` to `to` inclusive, in the schedule's time zone. */
export const AddScheduleException = defineCommand(
  'scheduling.AddScheduleException',
  z
    .strictObject({
      practitionerId: z.uuid(),
      from: z.iso.date(),
      to: z.iso.date(),
      reason: exceptionReasonSchema,
    })
    .refine((e) => e.from <= e.to, { message: 'The last day must not be before the first', path: ['to'] })
    .refine((e) => (Date.parse(e.to) - Date.parse(e.from)) / 86_400_000 < MAX_EXCEPTION_DAYS, {
      message: `At most ${MAX_EXCEPTION_DAYS} days at once`,
      path: ['to'],
    }),
  'Add leave, a holiday or another absence: no appointments can be booked on those days',
).returns<ScheduleView>();

export const BookAppointment = defineCommand(
  'scheduling.BookAppointment',
  z.strictObject({
    patientId: z.uuid(),
    practitionerId: z.uuid(),
    type: appointmentTypeSchema.shape.code,
    startsAt: instantSchema,
  }),
  {
    description: 'Book an appointment for a patient with a practitioner, at a free time inside their availability',
    offline: true,
  },
).returns<AppointmentView>();

const appointmentIdShape = { appointmentId: z.uuid() };

export const CheckInAppointment = defineCommand('scheduling.CheckInAppointment', z.strictObject(appointmentIdShape), {
  description: 'The patient has arrived for a booked appointment',
  offline: true,
}).returns<AppointmentView>();
export const CompleteAppointment = defineCommand(
  'scheduling.CompleteAppointment',
  z.strictObject(appointmentIdShape),
  'A checked-in appointment took place',
).returns<AppointmentView>();
export const RecordAppointmentNoShow = defineCommand(
  'scheduling.RecordAppointmentNoShow',
  z.strictObject(appointmentIdShape),
  { description: 'The patient did not come to a booked appointment that has started', offline: true },
).returns<AppointmentView>();
export const CancelAppointment = defineCommand(
  'scheduling.CancelAppointment',
  z.strictObject({ ...appointmentIdShape, reason: cancelReasonSchema }),
  { description: 'Cancel a booked appointment with a reason; its time becomes free again', offline: true },
).returns<AppointmentView>();
export const RescheduleAppointment = defineCommand(
  'scheduling.RescheduleAppointment',
  z.strictObject({ ...appointmentIdShape, startsAt: instantSchema }),
  { description: 'Move a booked appointment to another free time with the same practitioner', offline: true },
).returns<AppointmentView>();

// The waiting list.
/** How long an offered slot is held for the patient before it passes to the next one (minutes). */
export const DEFAULT_OFFER_HOLD_MINUTES = 120;

const entryIdShape = { entryId: z.uuid() };

export const JoinWaitlist = defineCommand(
  'scheduling.JoinWaitlist',
  z
    .strictObject({
      patientId: z.uuid(),
      practitionerId: z.uuid(),
      type: appointmentTypeSchema.shape.code,
      earliest: z.iso.date(),
      latest: z.iso.date(),
      note: z.string().trim().max(500).optional(),
    })
    .refine((e) => e.earliest <= e.latest, { message: 'The last day must not be before the first', path: ['latest'] }),
  'Put a patient on the waitlist for an earlier appointment with a practitioner, between two dates',
).returns<WaitlistEntryView>();
export const AcceptWaitlistOffer = defineCommand(
  'scheduling.AcceptWaitlistOffer',
  z.strictObject(entryIdShape),
  'The patient takes the slot offered to them: it is booked as an appointment',
).returns<AppointmentView>();
export const DeclineWaitlistOffer = defineCommand(
  'scheduling.DeclineWaitlistOffer',
  z.strictObject(entryIdShape),
  'The patient does not want the slot offered: it passes to the next patient waiting, they keep waiting',
).returns<WaitlistEntryView>();
export const CancelWaitlistEntry = defineCommand(
  'scheduling.CancelWaitlistEntry',
  z.strictObject(entryIdShape),
  'Take a patient off the waitlist',
).returns<WaitlistEntryView>();
/** What ExpireWaitlistOffers answers: the entries whose offer ran out, those offered a slot now, and their patients. */
export interface ExpiredWaitlistOffers {
  readonly expired: string[];
  readonly offered: string[];
  readonly patients: string[];
}

export const ExpireWaitlistOffers = defineCommand(
  'scheduling.ExpireWaitlistOffers',
  z.strictObject({}),
  'Close the offers whose hold has run out and pass their slots to the next patients waiting',
).returns<ExpiredWaitlistOffers>();
