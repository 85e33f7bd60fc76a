import { streamId } from '@hms/sdk';

/** The event stream of one ward's team: `'adt.ward-staff-<uuid>'`. */
export const wardStaffStream = (wardId: string): string => streamId('adt', 'ward-staff', wardId);
