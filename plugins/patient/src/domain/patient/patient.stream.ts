import { streamId } from '@hms/sdk';

/** The event stream of one patient: `'patient.patient-<uuid>'`. */
export const patientStream = (patientId: string): string => streamId('patient', 'patient', patientId);
