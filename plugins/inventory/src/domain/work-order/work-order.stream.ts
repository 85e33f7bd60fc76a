import { streamId } from '@hms/sdk';

/** One stream per maintenance work order. */
export const workOrderStream = (workOrderId: string): string => streamId('inventory', 'work-order', workOrderId);
