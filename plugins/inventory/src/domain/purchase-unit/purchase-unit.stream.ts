import { streamId } from '@hms/sdk';

/**
 * One stream per item for the units it is bought in, apart from the catalogue entry's stream: defining a box of 10
 * does not contend with the item's other changes, and older items simply have none.
 */
export const purchaseUnitStream = (itemId: string): string => streamId('inventory', 'item-units', itemId);
