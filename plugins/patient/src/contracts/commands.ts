import { defineCommand, z } from '@hms/sdk';
import { demographicsChangesShape, demographicsShape } from './demographics';
import { duplicateOverrideReasonSchema, patientDetailsShape } from './patient-details';

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
  'Register a patient: a new id and medical record number are assigned',
);

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
  "Update a patient's demographics; only the fields given change, null removes an optional field",
);
