import { defineRoute, type RouteDefinition } from '@hms/sdk';
import {
  CancelPurchaseOrder,
  CountStock,
  DefineItem,
  DefineLocation,
  DiscontinueItem,
  IssueStock,
  ReverseIssue,
  RaisePurchaseOrder,
  ReceiveDelivery,
  ReceiveStock,
  SetReorderLevel,
  TransferStock,
  WriteOffStock,
} from '../contracts/commands';
import {
  expiringLotListSchema,
  GetItem,
  GetPurchaseOrder,
  itemListSchema,
  itemViewSchema,
  ListExpiringLots,
  ListItems,
  ListLocations,
  ListLowStock,
  ListPurchaseOrders,
  locationListSchema,
  lowStockListSchema,
  orderListSchema,
  orderViewSchema,
} from '../contracts/queries';

const catalogueRoutes: RouteDefinition[] = [
  defineRoute({
    method: 'GET',
    path: '/inventory/items',
    summary: 'Items of the catalogue with their stock',
    description:
      '`?q=` matches part of the code or name; `?category=medicine|supply|equipment`; discontinued items only with `?includeDiscontinued=true`.',
    query: ListItems,
    queryString: ListItems.schema,
    response: itemListSchema,
  }),
  defineRoute({
    method: 'POST',
    path: '/inventory/items',
    summary: 'Add an item to the catalogue',
    command: DefineItem,
    status: 201,
  }),
  defineRoute({
    method: 'GET',
    path: '/inventory/items/:itemId',
    summary: 'One item: stock per location, lots, on order, latest movements',
    query: GetItem,
    response: itemViewSchema,
  }),
  defineRoute({
    method: 'POST',
    path: '/inventory/items/:itemId/discontinue',
    summary: 'Discontinue an item (no more orders or receipts)',
    command: DiscontinueItem,
  }),
  defineRoute({
    method: 'PUT',
    path: '/inventory/items/:itemId/locations/:locationId/reorder-level',
    summary: "Set a location's reorder level and reorder quantity for an item",
    command: SetReorderLevel,
  }),
  defineRoute({
    method: 'GET',
    path: '/inventory/locations',
    summary: 'Store locations',
    query: ListLocations,
    response: locationListSchema,
  }),
  defineRoute({
    method: 'POST',
    path: '/inventory/locations',
    summary: 'Define a store location',
    command: DefineLocation,
    status: 201,
  }),
];

const stockRoutes: RouteDefinition[] = [
  defineRoute({
    method: 'POST',
    path: '/inventory/receipts',
    summary: 'Receive stock without a purchase order',
    command: ReceiveStock,
    status: 201,
  }),
  defineRoute({
    method: 'POST',
    path: '/inventory/issues',
    summary: 'Issue stock to a ward or department',
    description:
      'Taken earliest expiry first; expired lots are never issued. 422 `INSUFFICIENT_STOCK` when usable stock falls short.',
    command: IssueStock,
    status: 201,
  }),
  defineRoute({
    method: 'POST',
    path: '/inventory/issues/:issueId/reverse',
    summary: 'Reverse an issue to a patient (returned unused, or issued in error)',
    description:
      'The lots go back into stock as they left; billing takes the charge back. 404 `ISSUE_NOT_FOUND` for an issue to no patient, 422 `ISSUE_ALREADY_REVERSED`.',
    command: ReverseIssue,
  }),
  defineRoute({
    method: 'POST',
    path: '/inventory/transfers',
    summary: 'Move stock between locations, lots kept',
    command: TransferStock,
    status: 201,
  }),
  defineRoute({
    method: 'POST',
    path: '/inventory/counts',
    summary: 'Record a stock take of a lot (or of an item without lots)',
    command: CountStock,
    status: 201,
  }),
  defineRoute({
    method: 'POST',
    path: '/inventory/write-offs',
    summary: 'Write off expired, damaged, recalled or lost stock',
    command: WriteOffStock,
    status: 201,
  }),
  defineRoute({
    method: 'GET',
    path: '/inventory/low-stock',
    summary: 'Stock below its reorder level, with what is on order and what to order',
    query: ListLowStock,
    queryString: ListLowStock.schema,
    response: lowStockListSchema,
  }),
  defineRoute({
    method: 'GET',
    path: '/inventory/expiring',
    summary: 'Lots expiring soon, and expired lots to write off',
    query: ListExpiringLots,
    queryString: ListExpiringLots.schema,
    response: expiringLotListSchema,
  }),
];

const orderRoutes: RouteDefinition[] = [
  defineRoute({
    method: 'GET',
    path: '/inventory/orders',
    summary: 'Purchase orders, newest first',
    query: ListPurchaseOrders,
    queryString: ListPurchaseOrders.schema,
    response: orderListSchema,
  }),
  defineRoute({
    method: 'POST',
    path: '/inventory/orders',
    summary: 'Raise a purchase order',
    command: RaisePurchaseOrder,
    status: 201,
  }),
  defineRoute({
    method: 'GET',
    path: '/inventory/orders/:orderId',
    summary: 'One purchase order with each line ordered, received and outstanding',
    query: GetPurchaseOrder,
    response: orderViewSchema,
  }),
  defineRoute({
    method: 'POST',
    path: '/inventory/orders/:orderId/deliveries',
    summary: 'Receive a delivery against a purchase order',
    description:
      "Its stock goes to the order's location in the same transaction. 422 `OVER_DELIVERY` for more than is outstanding.",
    command: ReceiveDelivery,
    status: 201,
  }),
  defineRoute({
    method: 'POST',
    path: '/inventory/orders/:orderId/cancel',
    summary: 'Cancel a purchase order that is not complete',
    command: CancelPurchaseOrder,
  }),
];

export const inventoryRoutes: readonly RouteDefinition[] = [...catalogueRoutes, ...stockRoutes, ...orderRoutes];
