import { streamId } from '@hms/sdk';

// Stream ids keep their 1.x `patient.` prefix (docs/adt.md): the stored streams go on.
/**
 * The stays of one patient, one after another: `'patient.stay-<patientId>'`. Keyed by patient, not by stay, so
 * that every admission of a patient appends to one stream and two concurrent admissions conflict.
 */
export const stayStream = (patientId: string): string => streamId('patient', 'stay', patientId);
