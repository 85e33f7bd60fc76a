import { defineEvent, z } from '@hms/sdk';
import { demographicsChangesShape, demographicsShape } from './demographics';
import { duplicateOverrideSchema } from './mpi-events';
import { mrnSchema } from './mrn-schema';

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
