import { defineCommand, z } from '@hms/sdk';
import {
  demographicsChangesShape,
  demographicsShape,
  duplicateOverrideReasonSchema,
  mergeReasonSchema,
  unmergeReasonSchema,
  patientDetailsShape,
} from './schemas';
import { patientViewSchema, type PatientView } from './queries';

/**
 * Registers a new patient; the kernel assigns the id and the MRN. A registration that looks like a patient already
 * in the directory is refused (POSSIBLE_DUPLICATE) unless `overrideDuplicateCheck` is true with a reason code.
 */
export const RegisterPatient = defineCommand(
  'patient.RegisterPatient',
  z
    .strictObject({
      ...demographicsShape,
      ...patientDetailsShape,
      overrideDuplicateCheck: z.literal(true).optional(),
      duplicateOverrideReason: duplicateOverrideReasonSchema.optional(),
    })
    .refine((r) => (r.overrideDuplicateCheck === true) === (r.duplicateOverrideReason !== undefined), {
      message: 'overrideDuplicateCheck: true and duplicateOverrideReason go together',
      path: ['duplicateOverrideReason'],
    }),
  { description: 'Register a patient: a new id and medical record number are assigned', offline: true },
).returns<PatientView>();

/**
 * Changes some demographics of a registered patient. `expectedVersion` (from `If-Match`) makes the change
 * conditional: a stale version is a 409 conflict instead of overwriting someone else's edit.
 */
export const UpdatePatientDemographics = defineCommand(
  'patient.UpdatePatientDemographics',
  z.strictObject({
    patientId: z.uuid(),
    expectedVersion: z.number().int().min(0).optional(),
    ...demographicsChangesShape,
  }),
  {
    description: "Update a patient's demographics; only the fields given change, null removes an optional field",
    offline: true,
  },
).returns<PatientView>();

/**
 * Replaces some of a patient's detail lists (contacts, next of kin, identifiers, coverage); the lists not given
 * stay as they are, an empty list removes them all. `expectedVersion` (from `If-Match`) makes it conditional.
 */
export const UpdatePatientDetails = defineCommand(
  'patient.UpdatePatientDetails',
  z.strictObject({
    patientId: z.uuid(),
    expectedVersion: z.number().int().min(0).optional(),
    ...patientDetailsShape,
  }),
  { description: "Replace a patient's contacts, next of kin, identifiers or insurance coverage", offline: true },
).returns<PatientView>();

/**
 * Merges a duplicate record (`mergedId`) into the record that stays (`survivorId`). Both histories stay intact;
 * the merged record takes no more changes and its MRN resolves to the survivor.
 */
/**
 * Undoes a merge: the merged-away record (`patientId`) becomes active again with its MRN, details and identifiers,
 * and its survivor gives back the MRN alias and the merged history. Refused when that would be ambiguous (see
 * docs/patient.md, "Undoing a merge"). Answers both records.
 */
export const UnmergePatient = defineCommand(
  'patient.UnmergePatient',
  z.strictObject({ patientId: z.uuid(), reason: unmergeReasonSchema }),
  'Undo a merge: make a merged-away record active again, apart from its survivor',
).returns<UnmergeResult>();

export const unmergeResultSchema = z.object({
  /** The record made active again. */
  restored: patientViewSchema,
  /** The record it had been merged into, without it. */
  survivor: patientViewSchema,
});
export type UnmergeResult = z.infer<typeof unmergeResultSchema>;

export const MergePatients = defineCommand(
  'patient.MergePatients',
  z.strictObject({
    survivorId: z.uuid(),
    mergedId: z.uuid(),
    reason: mergeReasonSchema,
  }),
  'Merge a duplicate patient record into the one that stays',
).returns<PatientView>();
