import { defineMigration } from '@hms/sdk';

/**
 * A stock-item service names the inventory item it charges (billing 1.1), so stock issued to a patient finds its
 * service without a charge rule per item. Filled by `billing.catalogue` (rebuild it to fill services defined before).
 */
export const createStockItemServicesMigration = defineMigration('0004-stock-item-services', [
  `ALTER TABLE billing.services ADD COLUMN stock_item_id uuid`,
  `CREATE INDEX services_stock_item_idx ON billing.services (stock_item_id) WHERE stock_item_id IS NOT NULL`,
]);
