import { definePlugin, type PluginDefinition } from '@hms/sdk';
import { CATALOGUE_EVENTS, ORDER_EVENTS, STOCK_EVENTS } from './contracts/events';
import { CATALOGUE_MANAGE, INVENTORY_PERMISSIONS, ORDER_MANAGE, STOCK_MOVE, STOCK_READ } from './contracts/permissions';
import { cancelPurchaseOrderHandler } from './handlers/cancel-purchase-order.handler';
import { countStockHandler } from './handlers/count-stock.handler';
import { defineItemHandler } from './handlers/define-item.handler';
import { defineLocationHandler } from './handlers/define-location.handler';
import { discontinueItemHandler } from './handlers/discontinue-item.handler';
import { getItemHandler } from './handlers/get-item.handler';
import { getPurchaseOrderHandler } from './handlers/get-purchase-order.handler';
import { issueStockHandler } from './handlers/issue-stock.handler';
import { listExpiringLotsHandler } from './handlers/list-expiring-lots.handler';
import { listItemsHandler } from './handlers/list-items.handler';
import { listLocationsHandler } from './handlers/list-locations.handler';
import { listLowStockHandler } from './handlers/list-low-stock.handler';
import { listPurchaseOrdersHandler } from './handlers/list-purchase-orders.handler';
import { raisePurchaseOrderHandler } from './handlers/raise-purchase-order.handler';
import { receiveDeliveryHandler } from './handlers/receive-delivery.handler';
import { receiveStockHandler } from './handlers/receive-stock.handler';
import { setReorderLevelHandler } from './handlers/set-reorder-level.handler';
import { transferStockHandler } from './handlers/transfer-stock.handler';
import { writeOffStockHandler } from './handlers/write-off-stock.handler';
import { createInventoryMigration } from './migrations/0001-inventory.migration';
import { createPatientIssuesMigration } from './migrations/0002-patient-issues.migration';
import { reverseIssueHandler } from './handlers/reverse-issue.handler';
import { catalogueProjection } from './projections/catalogue.projection';
import { ordersProjection } from './projections/orders.projection';
import { stockProjection } from './projections/stock.projection';
import { inventoryRoutes } from './routes/inventory.routes';
import { inventorySeed } from './seed/inventory.seed';
import { PURCHASE_ORDER_SEQUENCE } from './sequences';
import { checkExpiredStockJob } from './jobs/check-expired-stock.job';
import { checkExpiringLotsJob } from './jobs/check-expiring-lots.job';
import { checkLowStockJob } from './jobs/check-low-stock.job';
import { checkOverdueOrdersJob } from './jobs/check-overdue-orders.job';
import { INVENTORY_NOTIFICATION_KINDS } from './notifications/notification-kinds';
import { INVENTORY_DEFAULT_OPTIONS, type InventoryOptions } from './options';

/** The package's version (plugin.spec.ts keeps it equal to package.json's). */
export const INVENTORY_PLUGIN_VERSION = '1.2.0'; // 1.1: alerts by notification; 1.2: issues to a patient, and their reversal

export const inventoryPlugin: PluginDefinition<InventoryOptions> = definePlugin<InventoryOptions>({
  name: 'inventory',
  version: INVENTORY_PLUGIN_VERSION,
  sdk: '^2.3.0', // declared results and path parameters (2.0), notifications (2.3)
  description:
    'Medicines, supplies and equipment: stock by location and lot, issues, transfers, counts, purchase orders and low-stock alerts',
  permissions: [...INVENTORY_PERMISSIONS],
  roles: [
    {
      name: 'storekeeper',
      description: 'Runs the stores: the catalogue, reorder levels, stock movements, purchase orders and deliveries',
      permissions: [STOCK_READ, STOCK_MOVE, CATALOGUE_MANAGE, ORDER_MANAGE],
    },
    {
      name: 'ward-stock',
      description: "Keeps a ward's store: sees stock, receives transfers, issues, counts and writes off",
      permissions: [STOCK_READ, STOCK_MOVE],
    },
  ],
  events: [...CATALOGUE_EVENTS, ...STOCK_EVENTS, ...ORDER_EVENTS],
  commands: [
    defineItemHandler,
    discontinueItemHandler,
    defineLocationHandler,
    setReorderLevelHandler,
    receiveStockHandler,
    issueStockHandler,
    reverseIssueHandler,
    transferStockHandler,
    countStockHandler,
    writeOffStockHandler,
    raisePurchaseOrderHandler,
    receiveDeliveryHandler,
    cancelPurchaseOrderHandler,
  ],
  queries: [
    listItemsHandler,
    getItemHandler,
    listLocationsHandler,
    listLowStockHandler,
    listExpiringLotsHandler,
    listPurchaseOrdersHandler,
    getPurchaseOrderHandler,
  ],
  projections: [catalogueProjection, stockProjection, ordersProjection],
  routes: [...inventoryRoutes],
  paths: ['/inventory'],
  migrations: [createInventoryMigration, createPatientIssuesMigration],
  sequences: [PURCHASE_ORDER_SEQUENCE],
  // The alerts run by themselves and reach the stores role's inbox (and e-mail, for those who want it).
  jobs: [checkLowStockJob, checkExpiringLotsJob, checkExpiredStockJob, checkOverdueOrdersJob],
  notificationKinds: [...INVENTORY_NOTIFICATION_KINDS],
  options: INVENTORY_DEFAULT_OPTIONS,
  seed: inventorySeed,
});
