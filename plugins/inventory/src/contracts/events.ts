import { defineEvent, z } from '@hms/sdk';
import { costSchema } from './equipment-schemas';
import { inPurchaseUnitSchema } from './purchasing-schemas';
import { drugCodeSchema, itemCategorySchema, lotQuantitySchema, writeOffReasonSchema } from './schemas';

/** Who did it and when: every inventory event says so. */
const recorded = { at: z.iso.datetime(), by: z.string() };

// The catalogue (`inventory.item-<id>`, `inventory.location-<id>`).

export const ItemDefined = defineEvent(
  'inventory.ItemDefined',
  z.object({
    ...recorded,
    itemId: z.uuid(),
    code: z.string(),
    name: z.string(),
    category: itemCategorySchema,
    unit: z.string(),
    tracksLots: z.boolean(),
    /** 1.4, medicines only, when given. */
    drugCode: drugCodeSchema.optional(),
    formulary: z.boolean().optional(),
  }),
  { description: 'An item was added to the catalogue' },
);
export const ItemDiscontinued = defineEvent(
  'inventory.ItemDiscontinued',
  z.object({ ...recorded, itemId: z.uuid(), reason: z.string() }),
  { description: 'An item is no longer ordered or received; what is in stock may still be issued' },
);
export const LocationDefined = defineEvent(
  'inventory.LocationDefined',
  z.object({ ...recorded, locationId: z.uuid(), code: z.string(), name: z.string() }),
  { description: 'A store location was defined (the pharmacy, a ward store, theatre stores)' },
);

// Stock of one item at one location (`inventory.stock-<itemId>@<locationId>`).

const atLocation = { ...recorded, itemId: z.uuid(), locationId: z.uuid() };

export const ReorderLevelSet = defineEvent(
  'inventory.ReorderLevelSet',
  z.object({ ...atLocation, reorderLevel: z.number().int(), reorderQuantity: z.number().int() }),
  { description: "The level below which this location's stock of the item should be reordered, and how much to order" },
);
export const StockReceived = defineEvent(
  'inventory.StockReceived',
  z.object({
    ...atLocation,
    quantity: z.number().int(),
    lot: z.string().nullable(),
    expiresOn: z.iso.date().nullable(),
    orderId: z.uuid().optional(),
    deliveryId: z.uuid().optional(),
    transferId: z.uuid().optional(),
    fromLocationId: z.uuid().optional(),
    supplier: z.string().optional(),
    /** What one unit cost (since 1.3; absent on receipts without a known cost). */
    unitCost: costSchema.optional(),
    /** 1.5: what the whole quantity cost when bought in a purchase unit (exact, where a unit cost may not be). */
    totalCost: costSchema.optional(),
  }),
  { description: 'Stock arrived: a delivery, a transfer from another location, or a receipt without an order' },
);
export const StockIssued = defineEvent(
  'inventory.StockIssued',
  z.object({
    ...atLocation,
    quantity: z.number().int(),
    lots: z.array(lotQuantitySchema),
    issuedTo: z.string().optional(),
    /** 1.5: the cost centre the issue is charged to, when named. */
    costCentre: z.string().optional(),
    /** 1.5: the work order the parts were used on (issued by `UsePartsOnWorkOrder`). */
    workOrderId: z.uuid().optional(),
    transferId: z.uuid().optional(),
    toLocationId: z.uuid().optional(),
    /** 1.1: an issue to a patient names the issue (to reverse it), the patient and, when known, the encounter. */
    issueId: z.uuid().optional(),
    patientId: z.uuid().optional(),
    encounterId: z.uuid().optional(),
    /** 1.4: a dispense names the prescription it supplies (its `issueId` is the dispense's id). */
    prescriptionId: z.uuid().optional(),
  }),
  {
    description:
      'Stock left the location, earliest expiry first: to a ward or department (for a patient, when named), or to another location',
  },
);
export const StockIssueReversed = defineEvent(
  'inventory.StockIssueReversed',
  z.object({
    ...atLocation,
    issueId: z.uuid(),
    patientId: z.uuid(),
    quantity: z.number().int(),
    lots: z.array(lotQuantitySchema),
    reason: z.string(),
  }),
  {
    description:
      'An issue to a patient was reversed (returned unused, or issued in error): its lots are back in stock and its charge is taken back',
  },
);
export const StockCounted = defineEvent(
  'inventory.StockCounted',
  z.object({
    ...atLocation,
    lot: z.string().nullable(),
    expiresOn: z.iso.date().nullable(),
    counted: z.number().int(),
    expected: z.number().int(),
    reason: z.string().optional(),
  }),
  { description: 'A stock take found this quantity of a lot; the difference from what was expected is the adjustment' },
);
export const StockWrittenOff = defineEvent(
  'inventory.StockWrittenOff',
  z.object({
    ...atLocation,
    lot: z.string().nullable(),
    quantity: z.number().int(),
    reason: writeOffReasonSchema,
    note: z.string().optional(),
  }),
  { description: 'Stock was removed as expired, damaged, recalled or lost' },
);
export const StockFellBelowReorderLevel = defineEvent(
  'inventory.StockFellBelowReorderLevel',
  z.object({
    ...atLocation,
    onHand: z.number().int(),
    reorderLevel: z.number().int(),
    reorderQuantity: z.number().int(),
  }),
  { description: 'The stock at the location went below its reorder level: time to order (the low-stock alert)' },
);
export const StockRestored = defineEvent(
  'inventory.StockRestored',
  z.object({ ...atLocation, onHand: z.number().int(), reorderLevel: z.number().int() }),
  { description: 'The stock is at or above its reorder level again (the low-stock alert is over)' },
);

// Purchase orders (`inventory.order-<id>`).

const orderLine = z.object({
  itemId: z.uuid(),
  /** In units of issue (converted from the purchase unit when the line was ordered in one). */
  quantity: z.number().int(),
  /** 1.5: the line as ordered in a purchase unit (a box of 10), with its conversion. */
  inPurchaseUnit: inPurchaseUnitSchema.optional(),
  /** 1.5: the price of one unit the line was ordered in (its purchase unit, else the unit of issue). */
  unitPrice: costSchema.optional(),
});

export const PurchaseOrderRaised = defineEvent(
  'inventory.PurchaseOrderRaised',
  z.object({
    ...recorded,
    orderId: z.uuid(),
    number: z.string(),
    /** The supplier's name (free text before 1.2, copied from the supplier master since). */
    supplier: z.string(),
    /** The supplier of the master, for orders raised against it (since 1.3). */
    supplierId: z.uuid().optional(),
    locationId: z.uuid(),
    lines: z.array(orderLine),
    note: z.string().optional(),
  }),
  { description: 'A purchase order was raised with a supplier, for delivery to a location' },
);
export const DeliveryReceived = defineEvent(
  'inventory.DeliveryReceived',
  z.object({
    ...recorded,
    orderId: z.uuid(),
    deliveryId: z.uuid(),
    deliveryNote: z.string().optional(),
    lines: z.array(
      z.object({
        itemId: z.uuid(),
        quantity: z.number().int(),
        lot: z.string().nullable(),
        expiresOn: z.iso.date().nullable(),
        unitCost: costSchema.optional(),
        /** 1.5: delivered in a purchase unit (`quantity` is then the units of issue it holds). */
        inPurchaseUnit: inPurchaseUnitSchema.optional(),
        /** 1.5: what the line cost in all, when it came in a purchase unit or was priced from the order. */
        totalCost: costSchema.optional(),
      }),
    ),
  }),
  {
    description:
      "A delivery against the order arrived (its stock is received at the order's location in the same command)",
  },
);
export const PurchaseOrderCompleted = defineEvent(
  'inventory.PurchaseOrderCompleted',
  z.object({ ...recorded, orderId: z.uuid() }),
  { description: 'Every line of the order has been delivered in full' },
);
export const PurchaseOrderCancelled = defineEvent(
  'inventory.PurchaseOrderCancelled',
  z.object({ ...recorded, orderId: z.uuid(), reason: z.string() }),
  { description: 'The order was cancelled; what was delivered before stays received' },
);

export const CATALOGUE_EVENTS = [ItemDefined, ItemDiscontinued, LocationDefined] as const;
export const STOCK_EVENTS = [
  ReorderLevelSet,
  StockReceived,
  StockIssued,
  StockIssueReversed,
  StockCounted,
  StockWrittenOff,
  StockFellBelowReorderLevel,
  StockRestored,
] as const;
export const ORDER_EVENTS = [
  PurchaseOrderRaised,
  DeliveryReceived,
  PurchaseOrderCompleted,
  PurchaseOrderCancelled,
] as const;
