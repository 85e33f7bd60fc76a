import { streamId } from '@hms/sdk';

/** One waitlist entry: `'patient.waitlist-entry-<uuid>'`. */
export const waitlistEntryStream = (entryId: string): string => streamId('patient', 'waitlist-entry', entryId);
