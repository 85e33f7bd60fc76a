import { streamId } from '@hms/sdk';

/** The event stream of one bed's use (service and occupancy): `'patient.bed-<uuid>'`. */
export const bedStream = (bedId: string): string => streamId('patient', 'bed', bedId);
