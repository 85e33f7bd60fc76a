import { defineQuery, z } from '@hms/sdk';

/**
 * Whether a patient id names a record, and which record is kept up to date for it: the cheap check other plugins
 * ask (published, `ctx.ask(ResolvePatient, { id })`) before filing something under a patient id. Answers ids only,
 * no demographics; an id no record has is a 404 `PATIENT_NOT_FOUND`.
 */
export const ResolvePatient = defineQuery(
  'patient.ResolvePatient',
  z.strictObject({ id: z.uuid() }),
  'Check that a patient id names a record, and find the record kept for it',
).returns<PatientReference>();

export const patientReferenceSchema = z.object({
  /** The record kept up to date: the id asked for, or the survivor the asked record was merged into. */
  patientId: z.uuid(),
  mrn: z.string(),
  /** Present when the id asked for was merged away: that record's id and MRN. */
  mergedFrom: z.object({ id: z.uuid(), mrn: z.string() }).optional(),
});

export type PatientReference = z.infer<typeof patientReferenceSchema>;
