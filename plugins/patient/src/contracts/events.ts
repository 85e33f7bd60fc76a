import { defineEvent, z } from '@hms/sdk';
import {
  demographicsChangesShape,
  demographicsShape,
  duplicateOverrideSchema,
  mergeReasonSchema,
  mrnSchema,
  patientDetailsShape,
  unmergeReasonSchema,
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

/**
 * A merge was undone: this record (merged away before) is active again with its own MRN, demographics, details and
 * identifiers, and its MRN resolves to it again. `unmergedFrom` is the survivor it had been merged into.
 */
export const PatientUnmerged = defineEvent(
  'patient.PatientUnmerged',
  z.object({
    patientId: z.uuid(),
    mrn: mrnSchema,
    unmergedFrom: z.uuid(),
    reason: unmergeReasonSchema,
    unmergedAt: z.iso.datetime(),
  }),
  { description: 'A merged-away record was split off its survivor and is active again' },
);

/** The survivor of a merge gave the merged record back: that MRN and history are no longer this record's. */
export const PatientMergeReversed = defineEvent(
  'patient.PatientMergeReversed',
  z.object({
    patientId: z.uuid(),
    unmergedPatientId: z.uuid(),
    unmergedMrn: mrnSchema,
    reason: unmergeReasonSchema,
    reversedAt: z.iso.datetime(),
  }),
  { description: 'A record gave back a record that had been merged into it' },
);

/** Every event this plugin records (the manifest declares them). */
export const PATIENT_EVENTS = [
  PatientRegistered,
  PatientDemographicsUpdated,
  PatientDetailsChanged,
  PatientMerged,
  PatientMergeReceived,
  PatientUnmerged,
  PatientMergeReversed,
] as const;
