import { streamId } from '@hms/sdk';

/** One appointment: `'patient.appointment-<uuid>'`. */
export const appointmentStream = (appointmentId: string): string =>
  streamId('patient', 'appointment', appointmentId);
