import { definePlugin, type PluginDefinition } from '@hms/sdk';
import { CATALOGUE_EVENTS, ORDER_EVENTS, STOCK_EVENTS } from './contracts/events';
import { CATALOGUE_MANAGE, INVENTORY_PERMISSIONS, ORDER_MANAGE, STOCK_MOVE, STOCK_READ } from './contracts/permissions';
import {
  defineItemHandler,
  defineLocationHandler,
  discontinueItemHandler,
  setReorderLevelHandler,
} from './handlers/catalogue.handlers';
import {
  cancelPurchaseOrderHandler,
  raisePurchaseOrderHandler,
  receiveDeliveryHandler,
} from './handlers/order.handlers';
import { getPurchaseOrderHandler, listPurchaseOrdersHandler } from './handlers/order.queries';
import {
  countStockHandler,
  issueStockHandler,
  receiveStockHandler,
  transferStockHandler,
  writeOffStockHandler,
} from './handlers/stock.handlers';
import {
  getItemHandler,
  listExpiringLotsHandler,
  listItemsHandler,
  listLocationsHandler,
  listLowStockHandler,
} from './handlers/stock.queries';
import { createInventoryMigration } from './migrations/0001-inventory.migration';
import { catalogueProjection } from './projections/catalogue.projection';
import { ordersProjection } from './projections/orders.projection';
import { stockProjection } from './projections/stock.projection';
import { inventoryRoutes } from './routes/inventory.routes';
import { inventorySeed } from './seed/inventory.seed';
import { PURCHASE_ORDER_SEQUENCE } from './sequences';

/** The package's version (plugin.spec.ts keeps it equal to package.json's). */
export const INVENTORY_PLUGIN_VERSION = '1.0.0';

export const inventoryPlugin: PluginDefinition = definePlugin({
  name: 'inventory',
  version: INVENTORY_PLUGIN_VERSION,
  sdk: '^2.0.0', // declared results and path parameters from the path (2.0)
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
  migrations: [createInventoryMigration],
  sequences: [PURCHASE_ORDER_SEQUENCE],
  seed: inventorySeed,
});
