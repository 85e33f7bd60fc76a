import { streamId } from '@hms/sdk';

/** One stream per purchase order. */
export const orderStream = (orderId: string): string => streamId('inventory', 'order', orderId);
