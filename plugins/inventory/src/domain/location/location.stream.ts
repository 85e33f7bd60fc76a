import { streamId } from '@hms/sdk';

/** One stream per store location. */
export const locationStream = (locationId: string): string => streamId('inventory', 'location', locationId);
