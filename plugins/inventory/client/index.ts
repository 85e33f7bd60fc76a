import { defineClientPlugin } from '@hms/sdk/client';
import { messages } from './messages';
import { inventoryOfflineCommands } from './offline';
import { EQUIPMENT_READ, PRESCRIPTION_DISPENSE, STOCK_READ } from './permissions';

/**
 * The inventory plugin in the web client: stock by location and lot, movements, counts and purchase orders, and the
 * equipment register with its work orders, and the pharmacy's worklist and dispensing (1.4).
 */
export default defineClientPlugin({
  plugin: 'inventory',
  messages,
  // Issues and dispensing may be recorded offline; how a waiting or refused one is told to the user.
  offlineCommands: inventoryOfflineCommands,
  menu: [
    { id: 'inventory', label: 'menu.inventory', href: '/inventory', permission: STOCK_READ, order: 50 },
    { id: 'equipment', label: 'menu.equipment', href: '/inventory/equipment', permission: EQUIPMENT_READ, order: 51 },
    {
      id: 'pharmacy',
      label: 'menu.pharmacy',
      href: '/inventory/pharmacy',
      permission: PRESCRIPTION_DISPENSE,
      order: 52,
    },
  ],
  screens: [
    { path: '/inventory', load: () => import('./InventoryScreen.svelte'), permission: STOCK_READ },
    { path: '/inventory/items/:id', load: () => import('./ItemScreen.svelte'), permission: STOCK_READ },
    { path: '/inventory/orders', load: () => import('./OrdersScreen.svelte'), permission: STOCK_READ },
    { path: '/inventory/orders/:id', load: () => import('./OrderScreen.svelte'), permission: STOCK_READ },
    { path: '/inventory/equipment', load: () => import('./EquipmentScreen.svelte'), permission: EQUIPMENT_READ },
    { path: '/inventory/equipment/:id', load: () => import('./AssetScreen.svelte'), permission: EQUIPMENT_READ },
    { path: '/inventory/pharmacy', load: () => import('./PharmacyScreen.svelte'), permission: PRESCRIPTION_DISPENSE },
    {
      path: '/inventory/pharmacy/:id',
      load: () => import('./DispensingScreen.svelte'),
      permission: PRESCRIPTION_DISPENSE,
    },
    { path: '/inventory/suppliers', load: () => import('./SuppliersScreen.svelte'), permission: STOCK_READ },
    { path: '/inventory/suppliers/:id', load: () => import('./SupplierScreen.svelte'), permission: STOCK_READ },
    { path: '/inventory/stock-value', load: () => import('./StockValueScreen.svelte'), permission: STOCK_READ },
    { path: '/inventory/consumption', load: () => import('./ConsumptionScreen.svelte'), permission: STOCK_READ },
    // Addresses from before the rename (bookmarks): the screen sends them on to /inventory.
    { path: '/stores', load: () => import('./OldAddress.svelte'), permission: STOCK_READ },
    { path: '/stores/orders', load: () => import('./OldAddress.svelte'), permission: STOCK_READ },
    { path: '/stores/items/:id', load: () => import('./OldAddress.svelte'), permission: STOCK_READ },
    { path: '/stores/orders/:id', load: () => import('./OldAddress.svelte'), permission: STOCK_READ },
  ],
  homeWidgets: [
    {
      id: 'low-stock',
      title: 'inventory.lowStock',
      permission: STOCK_READ,
      order: 20,
      load: () => import('./LowStockWidget.svelte'),
    },
  ],
});
