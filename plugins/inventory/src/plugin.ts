import { definePlugin, type PluginDefinition } from '@hms/sdk';
import { listLocationStockHandler } from './handlers/list-location-stock.handler';
import { locationStockReplica } from './replicas/location-stock.replica';
import { DISPENSATION_EVENTS, DispensedStockReturned } from './contracts/dispensing-events';
import { DISPENSING_PERMISSIONS, PRESCRIPTION_DISPENSE } from './contracts/dispensing-permissions';
import { dispensePrescriptionHandler } from './handlers/dispense-prescription.handler';
import { getDispensingHandler } from './handlers/get-dispensing.handler';
import { listPharmacyWorklistHandler } from './handlers/list-pharmacy-worklist.handler';
import { returnDispensedMedicationHandler } from './handlers/return-dispensed-medication.handler';
import { createPharmacyDispensingMigration } from './migrations/0004-pharmacy-dispensing.migration';
import { pharmacyProjection } from './projections/pharmacy.projection';
import { pharmacyRoutes } from './routes/pharmacy.routes';
import { CATALOGUE_EVENTS, ORDER_EVENTS, STOCK_EVENTS } from './contracts/events';
import { EQUIPMENT_EVENTS, SUPPLIER_EVENTS } from './contracts/equipment-events';
import {
  CATALOGUE_MANAGE,
  EQUIPMENT_MANAGE,
  EQUIPMENT_READ,
  INVENTORY_PERMISSIONS,
  MAINTENANCE_RECORD,
  ORDER_MANAGE,
  STOCK_MOVE,
  STOCK_READ,
} from './contracts/permissions';
import { changeAssetStatusHandler } from './handlers/change-asset-status.handler';
import { completeWorkOrderHandler } from './handlers/complete-work-order.handler';
import { defineSupplierHandler } from './handlers/define-supplier.handler';
import { getAssetHandler } from './handlers/get-asset.handler';
import { getStockValueHandler } from './handlers/get-stock-value.handler';
import { listAssetsHandler } from './handlers/list-assets.handler';
import { listSuppliersHandler } from './handlers/list-suppliers.handler';
import { openWorkOrderHandler } from './handlers/open-work-order.handler';
import { registerAssetHandler } from './handlers/register-asset.handler';
import { scheduleMaintenanceHandler } from './handlers/schedule-maintenance.handler';
import { checkEquipmentMaintenanceJob } from './jobs/check-equipment-maintenance.job';
import { createEquipmentMigration } from './migrations/0003-equipment-suppliers-value.migration';
import { equipmentProjection } from './projections/equipment.projection';
import { stockValueProjection } from './projections/stock-value.projection';
import { suppliersProjection } from './projections/suppliers.projection';
import { equipmentRoutes } from './routes/equipment.routes';
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
import { PURCHASE_ORDER_SEQUENCE, WORK_ORDER_SEQUENCE } from './sequences';
import { checkExpiredStockJob } from './jobs/check-expired-stock.job';
import { checkExpiringLotsJob } from './jobs/check-expiring-lots.job';
import { checkLowStockJob } from './jobs/check-low-stock.job';
import { checkOverdueOrdersJob } from './jobs/check-overdue-orders.job';
import { INVENTORY_NOTIFICATION_KINDS } from './notifications/notification-kinds';
import { INVENTORY_DEFAULT_OPTIONS, type InventoryOptions } from './options';
import { getConsumptionHandler } from './handlers/get-consumption.handler';
import { createConsumptionPricesCalibrationMigration } from './migrations/0005-consumption-prices-calibration.migration';
import { operationsRoutes } from './routes/operations.routes';
import { PURCHASING_EVENTS } from './contracts/purchasing-events';
import { definePurchaseUnitHandler } from './handlers/define-purchase-unit.handler';
import { setSupplierPriceHandler } from './handlers/set-supplier-price.handler';
import { getSupplierHandler } from './handlers/get-supplier.handler';
import { getItemCostsHandler } from './handlers/get-item-costs.handler';
import { purchasingProjection } from './projections/purchasing.projection';
import { MAINTENANCE_EVENTS } from './contracts/maintenance-events';
import { recordCalibrationHandler } from './handlers/record-calibration.handler';
import { usePartsOnWorkOrderHandler } from './handlers/use-parts-on-work-order.handler';
import { getEquipmentAvailabilityHandler } from './handlers/get-equipment-availability.handler';
import { getAssetMaintenanceRecordHandler } from './handlers/get-asset-maintenance-record.handler';
import { calibrationsProjection } from './projections/calibrations.projection';
import { checkCalibrationDueJob } from './jobs/check-calibration-due.job';

// 1.1 alerts; 1.2 issues to a patient; 1.3 equipment, suppliers, value; 1.5 purchase units, prices, consumption,
// calibration, parts on work orders, equipment availability (1.4 is pharmacy dispensing, released beside it)
/** The package's version (plugin.spec.ts keeps it equal to package.json's). */
// 1.6: the ward store's stock replica; issues and dispensing offline-capable
// 1.7: Portuguese; the storekeeper's home widget also lists the lots expiring within two months
export const INVENTORY_PLUGIN_VERSION = '1.7.0';

export const inventoryPlugin: PluginDefinition<InventoryOptions> = definePlugin<InventoryOptions>({
  name: 'inventory',
  version: INVENTORY_PLUGIN_VERSION,
  sdk: '^2.9.0', // declared results and path parameters (2.0), notifications (2.3), replicas (2.9)
  description:
    'Medicines, supplies and equipment: stock by location and lot and its value, purchase orders and suppliers, alerts, and the equipment register with its maintenance',
  // With the EHR, its medication orders are the pharmacy's worklist (its published events, projected here).
  optionalDependsOn: { ehr: '^1.0.0' },
  permissions: [...INVENTORY_PERMISSIONS, ...DISPENSING_PERMISSIONS],
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
    {
      name: 'biomedical-engineer',
      description: 'Keeps the equipment register: assets and their status, maintenance plans and work orders',
      permissions: [EQUIPMENT_READ, EQUIPMENT_MANAGE, MAINTENANCE_RECORD, STOCK_READ],
    },
    {
      name: 'pharmacist',
      description:
        "Works the pharmacy's worklist: dispenses prescriptions from stock, takes returns, keeps the pharmacy's stock",
      permissions: [PRESCRIPTION_DISPENSE, STOCK_READ, STOCK_MOVE],
    },
  ],
  events: [
    ...CATALOGUE_EVENTS,
    ...STOCK_EVENTS,
    ...ORDER_EVENTS,
    ...EQUIPMENT_EVENTS,
    ...SUPPLIER_EVENTS,
    ...PURCHASING_EVENTS,
    ...MAINTENANCE_EVENTS,
    ...DISPENSATION_EVENTS,
    DispensedStockReturned,
  ],
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
    defineSupplierHandler,
    registerAssetHandler,
    changeAssetStatusHandler,
    scheduleMaintenanceHandler,
    openWorkOrderHandler,
    completeWorkOrderHandler,
    dispensePrescriptionHandler,
    returnDispensedMedicationHandler,
    definePurchaseUnitHandler,
    setSupplierPriceHandler,
    recordCalibrationHandler,
    usePartsOnWorkOrderHandler,
  ],
  queries: [
    listLocationStockHandler,
    listItemsHandler,
    getItemHandler,
    listLocationsHandler,
    listLowStockHandler,
    listExpiringLotsHandler,
    listPurchaseOrdersHandler,
    getPurchaseOrderHandler,
    listSuppliersHandler,
    getStockValueHandler,
    listAssetsHandler,
    getAssetHandler,
    listPharmacyWorklistHandler,
    getDispensingHandler,
    getConsumptionHandler,
    getSupplierHandler,
    getItemCostsHandler,
    getEquipmentAvailabilityHandler,
    getAssetMaintenanceRecordHandler,
  ],
  projections: [
    catalogueProjection,
    stockProjection,
    ordersProjection,
    stockValueProjection,
    suppliersProjection,
    equipmentProjection,
    pharmacyProjection,
    purchasingProjection,
    calibrationsProjection,
  ],
  replicas: [locationStockReplica],
  routes: [...inventoryRoutes, ...equipmentRoutes, ...operationsRoutes, ...pharmacyRoutes],
  paths: ['/inventory'],
  migrations: [
    createInventoryMigration,
    createPatientIssuesMigration,
    createEquipmentMigration,
    createPharmacyDispensingMigration,
    createConsumptionPricesCalibrationMigration,
  ],
  sequences: [PURCHASE_ORDER_SEQUENCE, WORK_ORDER_SEQUENCE],
  // The alerts run by themselves and reach the stores' (or the engineers') inbox, and e-mail for those who want it.
  jobs: [
    checkLowStockJob,
    checkExpiringLotsJob,
    checkExpiredStockJob,
    checkOverdueOrdersJob,
    checkEquipmentMaintenanceJob,
    checkCalibrationDueJob,
  ],
  notificationKinds: [...INVENTORY_NOTIFICATION_KINDS],
  options: INVENTORY_DEFAULT_OPTIONS,
  seed: inventorySeed,
});
