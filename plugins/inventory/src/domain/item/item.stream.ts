import { streamId } from '@hms/sdk';

/** One stream per catalogue item: its definition and whether it is still ordered. */
export const itemStream = (itemId: string): string => streamId('inventory', 'item', itemId);
