import { defineQuery, z } from '@hms/sdk';
import { costSchema } from './equipment-schemas';
import { itemCategorySchema } from './schemas';

export const ListItems = defineQuery(
  'inventory.ListItems',
  z.object({
    /** Part of the code or name. */
    q: z.string().trim().max(100).optional(),
    category: itemCategorySchema.optional(),
    includeDiscontinued: z.enum(['true', 'false']).optional(),
    limit: z.coerce.number().int().min(1).max(500).default(100),
  }),
  'Items of the catalogue with their stock across locations',
).returns<z.infer<typeof itemListSchema>>();
export const GetItem = defineQuery(
  'inventory.GetItem',
  z.object({ itemId: z.uuid() }),
  'One item: its stock at each location (lots, reorder level, on order) and its latest movements',
).returns<ItemView>();
export const ListLocations = defineQuery('inventory.ListLocations', z.object({}), 'The store locations').returns<
  z.infer<typeof locationListSchema>
>();
export const ListLowStock = defineQuery(
  'inventory.ListLowStock',
  z.object({ locationId: z.uuid().optional() }),
  'Stock below its reorder level, with what is already on order and what to order',
).returns<z.infer<typeof lowStockListSchema>>();
export const ListExpiringLots = defineQuery(
  'inventory.ListExpiringLots',
  z.object({
    withinDays: z.coerce.number().int().min(0).max(3650).default(90),
    locationId: z.uuid().optional(),
  }),
  'Lots expiring within the given number of days, and those already expired (to write off)',
).returns<z.infer<typeof expiringLotListSchema>>();
export const ListPurchaseOrders = defineQuery(
  'inventory.ListPurchaseOrders',
  z.object({
    status: z.enum(['open', 'completed', 'cancelled']).optional(),
    limit: z.coerce.number().int().min(1).max(500).default(100),
  }),
  'Purchase orders, newest first',
).returns<z.infer<typeof orderListSchema>>();
export const GetPurchaseOrder = defineQuery(
  'inventory.GetPurchaseOrder',
  z.object({ orderId: z.uuid() }),
  'One purchase order with each line ordered, received and outstanding',
).returns<OrderView>();

export const itemSummarySchema = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  category: itemCategorySchema,
  unit: z.string(),
  tracksLots: z.boolean(),
  /** A medicine's drug code (1.4), null when none was given. */
  drugCode: z.object({ system: z.string(), code: z.string() }).nullable(),
  /** Whether a medicine is on the formulary (1.4); null when not stated (and for supplies and equipment). */
  formulary: z.boolean().nullable(),
  discontinued: z.boolean(),
  onHand: z.number().int(),
  /** At how many locations the item is below its reorder level. */
  lowLocations: z.number().int(),
});
export type ItemSummary = z.infer<typeof itemSummarySchema>;
export const itemListSchema = z.object({ items: z.array(itemSummarySchema) });

export const locationSchema = z.object({ id: z.uuid(), code: z.string(), name: z.string() });
export type LocationView = z.infer<typeof locationSchema>;
export const locationListSchema = z.object({ items: z.array(locationSchema) });

export const lotViewSchema = z.object({
  lot: z.string().nullable(),
  expiresOn: z.string().nullable(),
  quantity: z.number().int(),
  expired: z.boolean(),
});
export const stockAtLocationSchema = z.object({
  location: locationSchema,
  onHand: z.number().int(),
  reorderLevel: z.number().int(),
  reorderQuantity: z.number().int(),
  onOrder: z.number().int(),
  lowSince: z.string().nullable(),
  lots: z.array(lotViewSchema),
});
export const movementViewSchema = z.object({
  position: z.string(),
  locationId: z.uuid(),
  // 1.1: 'issue-reversed', an issue to a patient taken back; 1.4: 'dispense-returned', dispensed medication back.
  kind: z.enum(['received', 'issued', 'issue-reversed', 'dispense-returned', 'counted', 'written-off']),
  change: z.number().int(),
  lots: z.array(z.object({ lot: z.string().nullable(), expiresOn: z.string().nullable(), quantity: z.number().int() })),
  reference: z.record(z.string(), z.unknown()),
  reason: z.string().nullable(),
  at: z.string(),
  by: z.string(),
});
export const itemViewSchema = itemSummarySchema.extend({
  stock: z.array(stockAtLocationSchema),
  movements: z.array(movementViewSchema),
});
export type ItemView = z.infer<typeof itemViewSchema>;

export const lowStockRowSchema = z.object({
  item: z.object({ id: z.uuid(), code: z.string(), name: z.string(), unit: z.string() }),
  location: locationSchema,
  onHand: z.number().int(),
  reorderLevel: z.number().int(),
  reorderQuantity: z.number().int(),
  onOrder: z.number().int(),
  lowSince: z.string(),
  /** What to order now: the reorder quantity, or 0 when open orders already bring stock back to the level. */
  toOrder: z.number().int(),
});
export type LowStockRow = z.infer<typeof lowStockRowSchema>;
export const lowStockListSchema = z.object({ items: z.array(lowStockRowSchema) });

export const expiringLotSchema = z.object({
  item: z.object({ id: z.uuid(), code: z.string(), name: z.string(), unit: z.string() }),
  location: locationSchema,
  lot: z.string(),
  expiresOn: z.string(),
  quantity: z.number().int(),
  expired: z.boolean(),
});
export const expiringLotListSchema = z.object({ today: z.string(), items: z.array(expiringLotSchema) });

export const orderSummarySchema = z.object({
  id: z.uuid(),
  number: z.string(),
  supplier: z.string(),
  location: locationSchema,
  status: z.enum(['open', 'completed', 'cancelled']),
  note: z.string().nullable(),
  raisedAt: z.string(),
  raisedBy: z.string(),
  closedAt: z.string().nullable(),
  deliveries: z.number().int(),
});
export const orderListSchema = z.object({ items: z.array(orderSummarySchema) });
export const orderViewSchema = orderSummarySchema.extend({
  lines: z.array(
    z.object({
      item: z.object({ id: z.uuid(), code: z.string(), name: z.string(), unit: z.string() }),
      ordered: z.number().int(),
      received: z.number().int(),
      outstanding: z.number().int(),
      /** 1.5: the price of one unit ordered (of the purchase unit when the line has one); null: not priced. */
      unitPrice: costSchema.nullable().optional(),
      /** 1.5: the line as ordered in a purchase unit (quantities above are in units of issue). */
      purchaseUnit: z
        .object({ unit: z.string(), unitsOfIssue: z.number().int(), quantity: z.number().int() })
        .nullable()
        .optional(),
      /** 1.5: the line's price in all (quantity ordered × unit price), when priced. */
      lineTotal: costSchema.nullable().optional(),
    }),
  ),
});
export type OrderView = z.infer<typeof orderViewSchema>;
