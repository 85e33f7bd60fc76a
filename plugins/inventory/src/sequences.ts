import { defineSequence } from '@hms/sdk';

/** Purchase order numbers: unique and increasing, not gap-free (a block is handed out at a time). */
export const PURCHASE_ORDER_SEQUENCE = defineSequence('inventory.purchase-order', { start: 1, blockSize: 20 });

/** `PO-000042`: what a supplier quotes back on a delivery note. */
export const purchaseOrderNumber = (n: number): string => `PO-${String(n).padStart(6, '0')}`;

/** Work order numbers, likewise unique and increasing, not gap-free. */
export const WORK_ORDER_SEQUENCE = defineSequence('inventory.work-order', { start: 1, blockSize: 20 });

/** `WO-000007`: what the engineers write on the job sheet and the asset's label. */
export const workOrderNumber = (n: number): string => `WO-${String(n).padStart(6, '0')}`;
