import { streamId } from '@hms/sdk';

// Stream ids keep their 1.x `patient.` prefix (docs/scheduling.md): the stored streams go on.
/** One waitlist entry: `'patient.waitlist-entry-<uuid>'`. */
export const waitlistEntryStream = (entryId: string): string => streamId('patient', 'waitlist-entry', entryId);
