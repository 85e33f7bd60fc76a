import { streamId } from '@hms/sdk';

// Stream ids keep their 1.x `patient.` prefix (docs/adt.md): the stored streams go on.
/** The event stream of one bed's use (service and occupancy): `'patient.bed-<uuid>'`. */
export const bedStream = (bedId: string): string => streamId('patient', 'bed', bedId);
