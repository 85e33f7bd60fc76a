import { defineEvent, timelineEntry, z } from '@hms/sdk';
import {
  appointmentTypeSchema,
  availabilityWindowSchema,
  cancelReasonSchema,
  exceptionReasonSchema,
  offerSlotShape,
} from './schemas';

/** A practitioner's schedule was defined or replaced as a whole. */
export const ScheduleDefined = defineEvent(
  'patient.ScheduleDefined',
  z.object({
    practitionerId: z.uuid(),
    timeZone: z.string(),
    weeklyAvailability: z.array(availabilityWindowSchema),
    appointmentTypes: z.array(appointmentTypeSchema),
    definedAt: z.iso.datetime(),
  }),
  { description: "A practitioner's schedule was defined or replaced" },
);

export const ScheduleExceptionAdded = defineEvent(
  'patient.ScheduleExceptionAdded',
  z.object({
    practitionerId: z.uuid(),
    exceptionId: z.uuid(),
    from: z.iso.date(),
    to: z.iso.date(),
    reason: exceptionReasonSchema,
    addedAt: z.iso.datetime(),
  }),
  { description: 'A practitioner is away on these days' },
);

/** The slot lock: an interval of a practitioner's (UTC) day taken by an appointment. */
export const SlotReserved = defineEvent(
  'patient.SlotReserved',
  z.object({
    practitionerId: z.uuid(),
    day: z.iso.date(),
    appointmentId: z.uuid(),
    startsAt: z.iso.datetime(),
    endsAt: z.iso.datetime(),
  }),
  { description: "A time of a practitioner's day was taken by an appointment" },
);

export const SlotReleased = defineEvent(
  'patient.SlotReleased',
  z.object({ practitionerId: z.uuid(), day: z.iso.date(), appointmentId: z.uuid() }),
  { description: "An appointment gave back its time of a practitioner's day" },
);

export const AppointmentBooked = defineEvent(
  'patient.AppointmentBooked',
  z.object({
    appointmentId: z.uuid(),
    patientId: z.uuid(),
    practitionerId: z.uuid(),
    type: z.string(),
    startsAt: z.iso.datetime(),
    endsAt: z.iso.datetime(),
    location: z.string(),
    bookedAt: z.iso.datetime(),
  }),
  {
    description: 'An appointment was booked',
    timeline: (d) =>
      timelineEntry(d.patientId, d.bookedAt, { appointmentId: d.appointmentId, type: d.type, startsAt: d.startsAt }),
  },
);

export const AppointmentRescheduled = defineEvent(
  'patient.AppointmentRescheduled',
  z.object({
    appointmentId: z.uuid(),
    patientId: z.uuid(),
    practitionerId: z.uuid(),
    previousStartsAt: z.iso.datetime(),
    startsAt: z.iso.datetime(),
    endsAt: z.iso.datetime(),
    location: z.string(),
    rescheduledAt: z.iso.datetime(),
  }),
  {
    description: 'A booked appointment moved to another time',
    timeline: (d) =>
      timelineEntry(d.patientId, d.rescheduledAt, {
        appointmentId: d.appointmentId,
        startsAt: d.startsAt,
        previousStartsAt: d.previousStartsAt,
      }),
  },
);

export const AppointmentCheckedIn = defineEvent(
  'patient.AppointmentCheckedIn',
  z.object({ appointmentId: z.uuid(), patientId: z.uuid(), checkedInAt: z.iso.datetime() }),
  {
    description: 'The patient arrived for an appointment',
    timeline: (d) => timelineEntry(d.patientId, d.checkedInAt, { appointmentId: d.appointmentId }),
  },
);

export const AppointmentCompleted = defineEvent(
  'patient.AppointmentCompleted',
  z.object({ appointmentId: z.uuid(), patientId: z.uuid(), completedAt: z.iso.datetime() }),
  {
    description: 'An appointment took place',
    timeline: (d) => timelineEntry(d.patientId, d.completedAt, { appointmentId: d.appointmentId }),
  },
);

export const AppointmentCancelled = defineEvent(
  'patient.AppointmentCancelled',
  z.object({
    appointmentId: z.uuid(),
    patientId: z.uuid(),
    reason: cancelReasonSchema,
    cancelledAt: z.iso.datetime(),
  }),
  {
    description: 'An appointment was cancelled',
    timeline: (d) => timelineEntry(d.patientId, d.cancelledAt, { appointmentId: d.appointmentId, reason: d.reason }),
  },
);

export const AppointmentNoShowRecorded = defineEvent(
  'patient.AppointmentNoShowRecorded',
  z.object({ appointmentId: z.uuid(), patientId: z.uuid(), recordedAt: z.iso.datetime() }),
  {
    description: 'The patient did not come to an appointment',
    timeline: (d) => timelineEntry(d.patientId, d.recordedAt, { appointmentId: d.appointmentId }),
  },
);

// The waiting list.
const entryEventShape = { entryId: z.uuid(), patientId: z.uuid() };

export const PatientWaitlisted = defineEvent(
  'patient.PatientWaitlisted',
  z.object({
    ...entryEventShape,
    practitionerId: z.uuid(),
    type: z.string(),
    earliest: z.iso.date(),
    latest: z.iso.date(),
    note: z.string().optional(),
    requestedAt: z.iso.datetime(),
  }),
  {
    description: 'A patient asked for an earlier appointment when one frees up',
    timeline: (d) =>
      timelineEntry(d.patientId, d.requestedAt, { type: d.type, earliest: d.earliest, latest: d.latest }),
  },
);
export const AppointmentSlotOffered = defineEvent(
  'patient.AppointmentSlotOffered',
  z.object({
    ...entryEventShape,
    practitionerId: z.uuid(),
    type: z.string(),
    ...offerSlotShape,
    offeredAt: z.iso.datetime(),
    expiresAt: z.iso.datetime(),
  }),
  {
    description: 'A freed slot was offered to a waiting patient, held until it expires',
    timeline: (d) => timelineEntry(d.patientId, d.offeredAt, { startsAt: d.startsAt, expiresAt: d.expiresAt }),
  },
);
export const WaitlistOfferAccepted = defineEvent(
  'patient.WaitlistOfferAccepted',
  z.object({ ...entryEventShape, ...offerSlotShape, appointmentId: z.uuid(), acceptedAt: z.iso.datetime() }),
  { description: 'The patient took the offered slot; it was booked' },
);
export const WaitlistOfferDeclined = defineEvent(
  'patient.WaitlistOfferDeclined',
  z.object({ ...entryEventShape, ...offerSlotShape, declinedAt: z.iso.datetime() }),
  { description: 'The patient did not want the offered slot' },
);
export const WaitlistOfferExpired = defineEvent(
  'patient.WaitlistOfferExpired',
  z.object({ ...entryEventShape, ...offerSlotShape, expiredAt: z.iso.datetime() }),
  { description: 'The offer ran out without an answer' },
);
export const WaitlistEntryCancelled = defineEvent(
  'patient.WaitlistEntryCancelled',
  z.object({ ...entryEventShape, cancelledAt: z.iso.datetime() }),
  { description: 'The patient was taken off the waitlist' },
);

/** Every event this plugin records (the manifest declares them). */
export const SCHEDULING_EVENTS = [
  ScheduleDefined,
  ScheduleExceptionAdded,
  SlotReserved,
  SlotReleased,
  AppointmentBooked,
  AppointmentRescheduled,
  AppointmentCheckedIn,
  AppointmentCompleted,
  AppointmentCancelled,
  AppointmentNoShowRecorded,
  PatientWaitlisted,
  AppointmentSlotOffered,
  WaitlistOfferAccepted,
  WaitlistOfferDeclined,
  WaitlistOfferExpired,
  WaitlistEntryCancelled,
] as const;
