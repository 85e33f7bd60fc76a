import { streamId } from '@hms/sdk';

// Stream ids keep their 1.x `patient.` prefix (docs/scheduling.md): the stored streams go on.
/** One appointment: `'patient.appointment-<uuid>'`. */
export const appointmentStream = (appointmentId: string): string => streamId('patient', 'appointment', appointmentId);
