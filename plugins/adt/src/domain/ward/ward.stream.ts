import { streamId } from '@hms/sdk';

// Stream ids keep their 1.x `patient.` prefix (docs/adt.md): the stored streams go on.
/** The event stream of one ward and the beds it lists: `'patient.ward-<uuid>'`. */
export const wardStream = (wardId: string): string => streamId('patient', 'ward', wardId);
