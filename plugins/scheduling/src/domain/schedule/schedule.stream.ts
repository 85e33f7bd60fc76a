import { streamId } from '@hms/sdk';

/** A practitioner's schedule: `'patient.schedule-<practitioner uuid>'`. */
export const scheduleStream = (practitionerId: string): string =>
  streamId('patient', 'schedule', practitionerId);
