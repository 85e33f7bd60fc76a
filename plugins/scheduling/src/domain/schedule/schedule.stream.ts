import { streamId } from '@hms/sdk';

// Stream ids keep their 1.x `patient.` prefix (docs/scheduling.md): the stored streams go on.
/** A practitioner's schedule: `'patient.schedule-<practitioner uuid>'`. */
export const scheduleStream = (practitionerId: string): string => streamId('patient', 'schedule', practitionerId);
