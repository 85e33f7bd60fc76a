import { streamId } from '@hms/sdk';

/** The event stream of one ward and the beds it lists: `'patient.ward-<uuid>'`. */
export const wardStream = (wardId: string): string => streamId('patient', 'ward', wardId);
