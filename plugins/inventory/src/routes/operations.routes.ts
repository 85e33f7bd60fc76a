import { defineRoute, type RouteDefinition } from '@hms/sdk';
import { consumptionSchema, GetConsumption } from '../contracts/consumption-queries';
import { DefinePurchaseUnit, SetSupplierPrice } from '../contracts/purchasing-commands';
import { GetItemCosts, GetSupplier, itemCostsSchema, supplierDetailSchema } from '../contracts/purchasing-queries';
import { RecordCalibration, UsePartsOnWorkOrder } from '../contracts/maintenance-commands';
import {
  assetMaintenanceRecordSchema,
  equipmentAvailabilitySchema,
  GetAssetMaintenanceRecord,
  GetEquipmentAvailability,
} from '../contracts/maintenance-queries';

/** The routes of inventory 1.5: consumption, suppliers' prices, calibration and parts used on work orders. */
export const operationsRoutes: readonly RouteDefinition[] = [
  defineRoute({
    method: 'GET',
    path: '/inventory/consumption',
    summary: 'What each ward or department and cost centre consumed in a period, in quantity and value',
    description:
      '`?from=2026-03-01&to=2026-03-31` (days, UTC, inclusive), optionally `&locationId=` (one store) and `&costCentre=`. Issues count less their reversals.',
    query: GetConsumption,
    queryString: GetConsumption.schema,
    response: consumptionSchema,
  }),
  defineRoute({
    method: 'POST',
    path: '/inventory/items/:itemId/purchase-units',
    summary: 'Say an item is also bought in a larger unit (a box of 10) holding so many units of issue',
    description:
      '`{ unit, unitsOfIssue }`. The same unit again is accepted and changes nothing; another content for a unit already defined is 422 `PURCHASE_UNIT_CHANGED`.',
    command: DefinePurchaseUnit,
    status: 201,
  }),
  defineRoute({
    method: 'GET',
    path: '/inventory/items/:itemId/costs',
    summary: "What an item costs: its purchase units, each supplier's price and each store's average unit cost",
    query: GetItemCosts,
    response: itemCostsSchema,
  }),
  defineRoute({
    method: 'GET',
    path: '/inventory/suppliers/:supplierId',
    summary: 'One supplier with its price list',
    query: GetSupplier,
    response: supplierDetailSchema,
  }),
  defineRoute({
    method: 'PUT',
    path: '/inventory/suppliers/:supplierId/prices/:itemId',
    summary: "Set a supplier's price for an item",
    description:
      '`{ unitPrice: { amount, currency }, purchaseUnit? }`: per purchase unit when one is named (422 `PURCHASE_UNIT_UNKNOWN` if the item is not bought in it), else per unit of issue. Orders to the supplier are priced from it.',
    command: SetSupplierPrice,
  }),
  defineRoute({
    method: 'POST',
    path: '/inventory/equipment/:assetId/calibrations',
    summary: 'Record a calibration: the day, pass or fail, the next due date and the certificate',
    description:
      'A failed calibration takes an asset in service or under maintenance out of service at once. 422 `CALIBRATED_IN_FUTURE`, `ASSET_RETIRED`.',
    command: RecordCalibration,
    status: 201,
  }),
  defineRoute({
    method: 'GET',
    path: '/inventory/equipment/:assetId/maintenance-record',
    summary: "An asset's calibrations and the parts used on its work orders, with their value",
    query: GetAssetMaintenanceRecord,
    response: assetMaintenanceRecordSchema,
  }),
  defineRoute({
    method: 'POST',
    path: '/inventory/work-orders/:workOrderId/parts',
    summary: 'Take parts from a store for a work order (issued in the same command)',
    description:
      '`{ locationId, parts: [{ itemId, quantity }], issuedTo?, costCentre? }`. 422 `WORK_ORDER_CLOSED`, `INSUFFICIENT_STOCK` (nothing is taken).',
    command: UsePartsOnWorkOrder,
  }),
  defineRoute({
    method: 'GET',
    path: '/inventory/equipment-availability',
    summary: 'The equipment a ward or department uses, and which of it is unavailable now',
    description: '`?locationId=` the ward or department (its id in the hospital structure).',
    query: GetEquipmentAvailability,
    queryString: GetEquipmentAvailability.schema,
    response: equipmentAvailabilitySchema,
  }),
];
