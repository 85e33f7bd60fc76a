import { defineEvent, z } from '@hms/sdk';
import { mrnSchema } from './mrn-schema';
import { duplicateOverrideReasonSchema, mergeReasonSchema, patientDetailsShape } from './patient-details';

/**
 * Some of a patient's details (contacts, next of kin, identifiers, coverage) changed. Each list in `changes`
 * replaces the former list as a whole; an empty list removes them all.
 */
export const PatientDetailsChanged = defineEvent(
  'patient.PatientDetailsChanged',
  z.object({
    patientId: z.uuid(),
    changes: z.object(patientDetailsShape),
    changedAt: z.iso.datetime(),
  }),
  { description: "A patient's contacts, next of kin, identifiers or insurance coverage changed" },
);

/**
 * This record was merged into another (the survivor): it takes no more changes, and its MRN resolves to the
 * survivor. Its history stays as it was.
 */
export const PatientMerged = defineEvent(
  'patient.PatientMerged',
  z.object({
    patientId: z.uuid(),
    mrn: mrnSchema,
    mergedInto: z.uuid(),
    reason: mergeReasonSchema,
    mergedAt: z.iso.datetime(),
  }),
  { description: 'A duplicate record was merged into its survivor' },
);

/** The survivor of a merge took in another record: its MRN now resolves here. */
export const PatientMergeReceived = defineEvent(
  'patient.PatientMergeReceived',
  z.object({
    patientId: z.uuid(),
    mergedPatientId: z.uuid(),
    mergedMrn: mrnSchema,
    reason: mergeReasonSchema,
    receivedAt: z.iso.datetime(),
  }),
  { description: 'A record took in a duplicate record merged into it' },
);

/** Recorded on a registration the front desk made despite likely duplicates: why, and which records matched. */
export const duplicateOverrideSchema = z.object({
  reason: duplicateOverrideReasonSchema,
  candidateIds: z.array(z.uuid()),
});
export type DuplicateOverride = z.infer<typeof duplicateOverrideSchema>;
