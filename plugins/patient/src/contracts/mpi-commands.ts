import { defineCommand, z } from '@hms/sdk';
import { mergeReasonSchema, patientDetailsShape } from './patient-details';

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
  "Replace a patient's contacts, next of kin, identifiers or insurance coverage",
);

/**
 * Merges a duplicate record (`mergedId`) into the record that stays (`survivorId`). Both histories stay intact;
 * the merged record takes no more changes and its MRN resolves to the survivor.
 */
export const MergePatients = defineCommand(
  'patient.MergePatients',
  z.strictObject({
    survivorId: z.uuid(),
    mergedId: z.uuid(),
    reason: mergeReasonSchema,
  }),
  'Merge a duplicate patient record into the one that stays',
);
