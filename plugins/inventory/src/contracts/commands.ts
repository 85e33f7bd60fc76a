import { defineCommand, z } from '@hms/sdk';
import {
  codeSchema,
  drugCodeSchema,
  costCentreSchema,
  issuedToSchema,
  itemCategorySchema,
  lotSchema,
  quantitySchema,
  reasonSchema,
  receivedLineSchema,
  writeOffReasonSchema,
  type LotQuantity,
} from './schemas';
import { costSchema } from './equipment-schemas';
import type { ItemSummary, LocationView, OrderView } from './queries';

/** What a stock command answers: the stock at the location after it, lots earliest expiry first. */
export interface StockResult {
  itemId: string;
  locationId: string;
  onHand: number;
  reorderLevel: number;
  reorderQuantity: number;
  low: boolean;
  lots: LotQuantity[];
}

const name = z.string().trim().min(1).max(200);
const supplier = z.string().trim().min(1).max(200);
const note = z.string().trim().min(1).max(500);

export const DefineItem = defineCommand(
  'inventory.DefineItem',
  z
    .strictObject({
      code: codeSchema,
      name,
      category: itemCategorySchema,
      /** The unit stock is counted and issued in: "tablet", "vial", "box of 100", "each". */
      unit: z.string().trim().min(1).max(40),
      /** Whether stock is kept by lot and expiry date. Always true for medicines; optional for supplies. */
      tracksLots: z.boolean().optional(),
      /** A medicine's code in the hospital's drug code system (1.4). */
      drugCode: drugCodeSchema.optional(),
      /** Whether the medicine is on the hospital's formulary (1.4). */
      formulary: z.boolean().optional(),
    })
    // A code system and the formulary are the pharmacy's: supplies and equipment have neither.
    .refine((d) => d.category === 'medicine' || (d.drugCode === undefined && d.formulary === undefined), {
      path: ['drugCode'],
      message: 'Only a medicine has a drug code and a formulary flag.',
    }),
  'Add an item (a medicine, supply or piece of equipment) to the catalogue',
).returns<ItemSummary>();

export const DiscontinueItem = defineCommand(
  'inventory.DiscontinueItem',
  z.strictObject({ itemId: z.uuid(), reason: reasonSchema }),
  'Stop ordering and receiving an item; what is in stock may still be issued',
).returns<{ itemId: string; discontinued: boolean }>();

export const DefineLocation = defineCommand(
  'inventory.DefineLocation',
  z.strictObject({ code: codeSchema, name }),
  'Define a store location (the pharmacy, a ward store, theatre stores)',
).returns<LocationView>();

export const SetReorderLevel = defineCommand(
  'inventory.SetReorderLevel',
  z.strictObject({
    itemId: z.uuid(),
    locationId: z.uuid(),
    /** Below this many units on hand, the location is low on the item (0: never). */
    reorderLevel: z.number().int().min(0).max(10_000_000),
    /** How much a purchase order for the location should ask for. */
    reorderQuantity: quantitySchema,
  }),
  "Set a location's reorder level and reorder quantity for an item",
).returns<StockResult>();

export const ReceiveStock = defineCommand(
  'inventory.ReceiveStock',
  z.strictObject({
    itemId: z.uuid(),
    locationId: z.uuid(),
    quantity: quantitySchema,
    lot: lotSchema.optional(),
    expiresOn: z.iso.date().optional(),
    supplier: supplier.optional(),
    /** What one unit cost, for the stock's value (weighted average per store). */
    unitCost: costSchema.optional(),
  }),
  'Receive stock that came without a purchase order (a donation, a return from a ward)',
).returns<StockResult>();

export const IssueStock = defineCommand(
  'inventory.IssueStock',
  z.strictObject({
    itemId: z.uuid(),
    locationId: z.uuid(),
    quantity: quantitySchema,
    issuedTo: issuedToSchema,
    /** The cost centre the issue is charged to (1.5), summed with the destination in the consumption report. */
    costCentre: costCentreSchema.optional(),
    /** For a patient (their charge follows when billing is on); the ward or department stays in `issuedTo`. */
    patientId: z.uuid().optional(),
    /** The visit or stay the issue belongs to, when known (billing invoices it with that encounter). */
    encounterId: z.uuid().optional(),
  }),
  {
    description: 'Issue stock to a ward or department, earliest expiry first; expired lots are never issued',
    offline: true,
  },
).returns<StockResult & { taken: LotQuantity[]; issueId: string | null }>();

export const ReverseIssue = defineCommand(
  'inventory.ReverseIssue',
  z.strictObject({ issueId: z.uuid(), reason: reasonSchema }),
  'Reverse an issue to a patient (returned unused, or issued in error): the lots go back into stock',
).returns<StockResult & { issueId: string; patientId: string }>();

export const TransferStock = defineCommand(
  'inventory.TransferStock',
  z.strictObject({
    itemId: z.uuid(),
    fromLocationId: z.uuid(),
    toLocationId: z.uuid(),
    quantity: quantitySchema,
  }),
  'Move stock from one location to another (earliest expiry first), lots and expiry dates kept',
).returns<{ transferId: string; from: StockResult; to: StockResult; taken: LotQuantity[] }>();

export const CountStock = defineCommand(
  'inventory.CountStock',
  z.strictObject({
    itemId: z.uuid(),
    locationId: z.uuid(),
    /** The lot counted; leave out for an item without lots. */
    lot: lotSchema.optional(),
    /** Needed only for a lot the location does not know yet (found in a count). */
    expiresOn: z.iso.date().optional(),
    counted: z.number().int().min(0).max(10_000_000),
    reason: reasonSchema.optional(),
  }),
  'Record a stock take: the quantity found becomes the quantity on hand',
).returns<StockResult>();

export const WriteOffStock = defineCommand(
  'inventory.WriteOffStock',
  z.strictObject({
    itemId: z.uuid(),
    locationId: z.uuid(),
    lot: lotSchema.optional(),
    quantity: quantitySchema,
    reason: writeOffReasonSchema,
    note: note.optional(),
  }),
  'Remove expired, damaged, recalled or lost stock',
).returns<StockResult>();

export const RaisePurchaseOrder = defineCommand(
  'inventory.RaisePurchaseOrder',
  z.strictObject({
    /** A supplier of the supplier master (give this or `supplier`, not both). */
    supplierId: z.uuid().optional(),
    /** A supplier in free text, as orders named them before the supplier master (give this or `supplierId`). */
    supplier: supplier.optional(),
    /** Where the delivery goes. */
    locationId: z.uuid(),
    lines: z
      .array(
        z.strictObject({
          itemId: z.uuid(),
          /** In the purchase unit when one is named, else in units of issue. */
          quantity: quantitySchema,
          /** 1.5: order in a purchase unit of the item ("box of 10"); converted to units of issue exactly. */
          purchaseUnit: z.string().trim().min(1).max(40).optional(),
          /** 1.5: the price of one unit ordered; left out, the supplier's price list gives it (when it has one). */
          unitPrice: costSchema.optional(),
        }),
      )
      .min(1)
      .max(200)
      .refine((lines) => new Set(lines.map((l) => l.itemId)).size === lines.length, 'each item once per order'),
    note: note.optional(),
  }),
  'Raise a purchase order with a supplier',
).returns<{ id: string; number: string; status: 'open' }>();

export const ReceiveDelivery = defineCommand(
  'inventory.ReceiveDelivery',
  z.strictObject({
    orderId: z.uuid(),
    /** A delivery may come in parts; one item may arrive in several lots. */
    lines: z.array(receivedLineSchema).min(1).max(500),
    deliveryNote: z.string().trim().min(1).max(100).optional(),
  }),
  "Receive a delivery against a purchase order: its stock goes to the order's location",
).returns<{ orderId: string; deliveryId: string; status: OrderView['status'] | null; stock: StockResult[] }>();

export const CancelPurchaseOrder = defineCommand(
  'inventory.CancelPurchaseOrder',
  z.strictObject({ orderId: z.uuid(), reason: reasonSchema }),
  'Cancel a purchase order that is not yet complete',
).returns<{ id: string; status: OrderView['status'] | null }>();
