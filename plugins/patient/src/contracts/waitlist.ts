import { defineCommand, defineEvent, defineQuery, z } from '@hms/sdk';
import { appointmentTypeSchema } from './scheduling.schemas';
import { patientEntry } from './timeline';

/** How long an offered slot is held for the patient before it passes to the next one (minutes). */
export const DEFAULT_OFFER_HOLD_MINUTES = 120;

const slotShape = { startsAt: z.iso.datetime(), endsAt: z.iso.datetime() };
const entryIdShape = { entryId: z.uuid() };

export const JoinWaitlist = defineCommand(
  'patient.JoinWaitlist',
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
);
export const AcceptWaitlistOffer = defineCommand(
  'patient.AcceptWaitlistOffer',
  z.strictObject(entryIdShape),
  'The patient takes the slot offered to them: it is booked as an appointment',
);
export const DeclineWaitlistOffer = defineCommand(
  'patient.DeclineWaitlistOffer',
  z.strictObject(entryIdShape),
  'The patient does not want the slot offered: it passes to the next patient waiting, they keep waiting',
);
export const CancelWaitlistEntry = defineCommand(
  'patient.CancelWaitlistEntry',
  z.strictObject(entryIdShape),
  'Take a patient off the waitlist',
);
export const ExpireWaitlistOffers = defineCommand(
  'patient.ExpireWaitlistOffers',
  z.strictObject({}),
  'Close the offers whose hold has run out and pass their slots to the next patients waiting',
);

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
    timeline: (d) => patientEntry(d.patientId, d.requestedAt, { type: d.type, earliest: d.earliest, latest: d.latest }),
  },
);
export const AppointmentSlotOffered = defineEvent(
  'patient.AppointmentSlotOffered',
  z.object({
    ...entryEventShape,
    practitionerId: z.uuid(),
    type: z.string(),
    ...slotShape,
    offeredAt: z.iso.datetime(),
    expiresAt: z.iso.datetime(),
  }),
  {
    description: 'A freed slot was offered to a waiting patient, held until it expires',
    timeline: (d) => patientEntry(d.patientId, d.offeredAt, { startsAt: d.startsAt, expiresAt: d.expiresAt }),
  },
);
export const WaitlistOfferAccepted = defineEvent(
  'patient.WaitlistOfferAccepted',
  z.object({ ...entryEventShape, ...slotShape, appointmentId: z.uuid(), acceptedAt: z.iso.datetime() }),
  { description: 'The patient took the offered slot; it was booked' },
);
export const WaitlistOfferDeclined = defineEvent(
  'patient.WaitlistOfferDeclined',
  z.object({ ...entryEventShape, ...slotShape, declinedAt: z.iso.datetime() }),
  { description: 'The patient did not want the offered slot' },
);
export const WaitlistOfferExpired = defineEvent(
  'patient.WaitlistOfferExpired',
  z.object({ ...entryEventShape, ...slotShape, expiredAt: z.iso.datetime() }),
  { description: 'The offer ran out without an answer' },
);
export const WaitlistEntryCancelled = defineEvent(
  'patient.WaitlistEntryCancelled',
  z.object({ ...entryEventShape, cancelledAt: z.iso.datetime() }),
  { description: 'The patient was taken off the waitlist' },
);

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
  offer: z.object({ ...slotShape, offeredAt: z.iso.datetime(), expiresAt: z.iso.datetime() }).optional(),
  appointmentId: z.uuid().optional(),
  version: z.number().int(),
});
export type WaitlistEntryView = z.infer<typeof waitlistEntrySchema>;
export const waitlistListSchema = z.object({ items: z.array(waitlistEntrySchema) });
export type WaitlistList = z.infer<typeof waitlistListSchema>;

export const ListWaitlist = defineQuery(
  'patient.ListWaitlist',
  z.strictObject({ practitionerId: z.uuid().optional(), patientId: z.uuid().optional() }),
  'The open waitlist entries (waiting or holding an offer), oldest request first',
);
