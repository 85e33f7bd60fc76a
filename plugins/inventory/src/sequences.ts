import { defineSequence } from '@hms/sdk';

/** Purchase order numbers: unique and increasing, not gap-free (a block is handed out at a time). */
export const PURCHASE_ORDER_SEQUENCE = defineSequence('inventory.purchase-order', { start: 1, blockSize: 20 });

/** `PO-000042`: what a supplier quotes back on a delivery note. */
export const purchaseOrderNumber = (n: number): string => `PO-${String(n).padStart(6, '0')}`;
