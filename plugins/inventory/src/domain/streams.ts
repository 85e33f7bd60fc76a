import { streamId } from '@hms/sdk';

/** One stream per catalogue item: its definition and whether it is still ordered. */
export const itemStream = (itemId: string): string => streamId('inventory', 'item', itemId);
/** One stream per store location. */
export const locationStream = (locationId: string): string => streamId('inventory', 'location', locationId);
/**
 * One stream per item per location: every movement of that stock, so two issues of the last box at one store
 * race on one stream (one wins, the other is decided again on the new state), while other items and stores run
 * in parallel.
 */
export const stockStream = (itemId: string, locationId: string): string =>
  streamId('inventory', 'stock', `${itemId}@${locationId}`);
/** One stream per purchase order. */
export const orderStream = (orderId: string): string => streamId('inventory', 'order', orderId);
