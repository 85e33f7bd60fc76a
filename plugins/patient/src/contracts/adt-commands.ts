import { defineCommand, z } from '@hms/sdk';

/**
 * The coded side of an ADT reason (reports count by category) plus an optional code from the hospital's list
 * (e.g. an ICD-10 code) and free text. The text is clinical patient data: it stays in the stay's events.
 */
const reasonShape = {
  code: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9][A-Za-z0-9.-]{0,19}$/, 'Expected a reason code, e.g. "I21.9"')
    .optional(),
  text: z.string().trim().min(1).max(500).optional(),
};

export const admissionCategorySchema = z.enum([
  'emergency',
  'urgent',
  'elective',
  'maternity',
  'newborn',
  'transfer-in',
  'other',
]);
export const transferCategorySchema = z.enum([
  'clinical-need',
  'step-up',
  'step-down',
  'isolation',
  'bed-management',
  'patient-request',
  'other',
]);
export const dispositionSchema = z.enum([
  'home',
  'transfer-to-other-facility',
  'deceased',
  'left-against-advice',
  'other',
]);

export const admissionReasonSchema = z.strictObject({ category: admissionCategorySchema, ...reasonShape });
export const transferReasonSchema = z.strictObject({ category: transferCategorySchema, ...reasonShape });

/** When it happened, if not now (entered after the fact); never in the future. */
const eventTime = z.iso.datetime({ offset: true }).transform((at) => new Date(at).toISOString());

export const AdmitPatient = defineCommand(
  'patient.AdmitPatient',
  z.strictObject({
    patientId: z.uuid(),
    wardId: z.uuid(),
    bedId: z.uuid(),
    reason: admissionReasonSchema,
    admittingPractitionerId: z.string().trim().min(1).max(64).optional(),
    admittedAt: eventTime.optional(),
  }),
  'Admit a patient to a vacant bed',
);

/** The body of a transfer (the patient is in the path). */
export const transferBodySchema = z.strictObject({
  toWardId: z.uuid(),
  toBedId: z.uuid(),
  reason: transferReasonSchema,
  transferredAt: eventTime.optional(),
});

export const TransferPatient = defineCommand(
  'patient.TransferPatient',
  transferBodySchema.extend({ patientId: z.uuid() }),
  'Move an admitted patient to another vacant bed, on the same or another ward',
);

/** The body of a discharge (the patient is in the path). */
export const dischargeBodySchema = z.strictObject({
  disposition: dispositionSchema,
  note: z.string().trim().min(1).max(500).optional(),
  dischargedAt: eventTime.optional(),
});

export const DischargePatient = defineCommand(
  'patient.DischargePatient',
  dischargeBodySchema.extend({ patientId: z.uuid() }),
  'Discharge an admitted patient, freeing the bed',
);

export type AdmissionReason = z.infer<typeof admissionReasonSchema>;
export type TransferReason = z.infer<typeof transferReasonSchema>;
export type Disposition = z.infer<typeof dispositionSchema>;
