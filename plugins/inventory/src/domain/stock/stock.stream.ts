import { streamId } from '@hms/sdk';

/**
 * One stream per item per location: every movement of that stock, so two issues of the last box at one store
 * race on one stream (one wins, the other is decided again on the new state), while other items and stores run
 * in parallel.
 */
export const stockStream = (itemId: string, locationId: string): string =>
  streamId('inventory', 'stock', `${itemId}@${locationId}`);
