import { defineEvent, z } from '@hms/sdk';
import {
  demographicsChangesShape,
  demographicsShape,
  duplicateOverrideSchema,
  mergeReasonSchema,
  mrnSchema,
  patientDetailsShape,
} from './schemas';

/**
 * A patient was registered with these demographics and this MRN. `duplicateOverride` (added later as an optional
 * field, so every stored event still matches: a backwards-compatible change that needs no new version) is present
 * only when the front desk registered despite likely duplicates.
 */
export const PatientRegistered = defineEvent(
  'patient.PatientRegistered',
  z.object({
    patientId: z.uuid(),
    mrn: mrnSchema,
    ...demographicsShape,
    registeredAt: z.iso.datetime(),
    duplicateOverride: duplicateOverrideSchema.optional(),
  }),
  { description: 'A patient was registered' },
);

/** Some demographics changed; `changes` holds only the fields that changed (`null`: removed). */
export const PatientDemographicsUpdated = defineEvent(
  'patient.PatientDemographicsUpdated',
  z.object({
    patientId: z.uuid(),
    changes: z.object(demographicsChangesShape),
    updatedAt: z.iso.datetime(),
  }),
  { description: "A patient's demographics changed" },
);

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

/** Every event this plugin records (the manifest declares them). */
export const PATIENT_EVENTS = [
  PatientRegistered,
  PatientDemographicsUpdated,
  PatientDetailsChanged,
  PatientMerged,
  PatientMergeReceived,
] as const;
