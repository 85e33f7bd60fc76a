import { defineRoute, type RouteDefinition } from '@hms/sdk';
import {
  ChangeAssetStatus,
  CompleteWorkOrder,
  DefineSupplier,
  OpenWorkOrder,
  RegisterAsset,
  ScheduleMaintenance,
} from '../contracts/equipment-commands';
import {
  assetListSchema,
  assetViewSchema,
  GetAsset,
  GetStockValue,
  ListAssets,
  ListSuppliers,
  stockValueSchema,
  supplierListSchema,
} from '../contracts/equipment-queries';

export const equipmentRoutes: readonly RouteDefinition[] = [
  defineRoute({
    method: 'GET',
    path: '/inventory/equipment',
    summary: 'The equipment register, with status, next maintenance due and flags',
    description:
      '`?status=in-service|under-maintenance|out-of-service|retired`; `?flagged=true` for assets out of service or overdue for maintenance; `?q=` matches serial number, model or manufacturer.',
    query: ListAssets,
    queryString: ListAssets.schema,
    response: assetListSchema,
  }),
  defineRoute({
    method: 'POST',
    path: '/inventory/equipment',
    summary: 'Register a piece of equipment',
    description: "409 `ASSET_SERIAL_TAKEN` when the manufacturer's serial number is already registered.",
    command: RegisterAsset,
    status: 201,
  }),
  defineRoute({
    method: 'GET',
    path: '/inventory/equipment/:assetId',
    summary: 'One asset with its maintenance plans, work orders and status history',
    query: GetAsset,
    response: assetViewSchema,
  }),
  defineRoute({
    method: 'POST',
    path: '/inventory/equipment/:assetId/status',
    summary: "Change an asset's status, with the reason",
    description: '422 `ASSET_RETIRED` once retired; `ASSET_STATUS_UNCHANGED` for the status it already has.',
    command: ChangeAssetStatus,
  }),
  defineRoute({
    method: 'POST',
    path: '/inventory/equipment/:assetId/maintenance-plans',
    summary: 'Plan preventive maintenance every so many days',
    command: ScheduleMaintenance,
    status: 201,
  }),
  defineRoute({
    method: 'POST',
    path: '/inventory/equipment/:assetId/work-orders',
    summary: 'Open a work order (preventive, naming its plan, or corrective)',
    command: OpenWorkOrder,
    status: 201,
  }),
  defineRoute({
    method: 'POST',
    path: '/inventory/work-orders/:workOrderId/complete',
    summary: 'Record a work order done, with findings',
    description: "Preventive work moves its plan's next due date an interval after the day it was done.",
    command: CompleteWorkOrder,
  }),
  defineRoute({
    method: 'GET',
    path: '/inventory/suppliers',
    summary: 'The supplier master',
    query: ListSuppliers,
    response: supplierListSchema,
  }),
  defineRoute({
    method: 'POST',
    path: '/inventory/suppliers',
    summary: 'Add a supplier',
    command: DefineSupplier,
    status: 201,
  }),
  defineRoute({
    method: 'GET',
    path: '/inventory/stock-value',
    summary: 'The value of the stock per store, at weighted average cost',
    description: '`?locationId=` for one store.',
    query: GetStockValue,
    queryString: GetStockValue.schema,
    response: stockValueSchema,
  }),
];
