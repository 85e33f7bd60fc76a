import { defineCommand, z } from '@hms/sdk';
import { demographicsChangesShape, demographicsSchema } from './demographics';

/** Registers a new patient; the kernel assigns the id and the MRN. */
export const RegisterPatient = defineCommand(
  'patient.RegisterPatient',
  demographicsSchema,
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
