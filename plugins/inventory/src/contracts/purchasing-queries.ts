import { defineQuery, z } from '@hms/sdk';
import { costSchema } from './equipment-schemas';

const itemRef = z.object({ id: z.uuid(), code: z.string(), name: z.string(), unit: z.string() });
const purchaseUnitSchema = z.object({ unit: z.string(), unitsOfIssue: z.number().int() });

export const GetSupplier = defineQuery(
  'inventory.GetSupplier',
  z.object({ supplierId: z.uuid() }),
  'One supplier of the master with its price list',
).returns<SupplierDetail>();

/**
 * Published for other plugins (billing, a theatre plugin): what an item costs the hospital, per store at weighted
 * average cost and per supplier as listed. These are costs, not the prices a patient is charged.
 */
export const GetItemCosts = defineQuery(
  'inventory.GetItemCosts',
  z.object({ itemId: z.uuid() }),
  "What an item costs: its purchase units, each supplier's price and each store's average unit cost",
).returns<ItemCosts>();

export const supplierPriceSchema = z.object({
  item: itemRef,
  /** The price of one `purchaseUnit` (or of one unit of issue when that is null). */
  unitPrice: costSchema,
  purchaseUnit: purchaseUnitSchema.nullable(),
  setAt: z.string(),
});
export const supplierDetailSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  contact: z.string().nullable(),
  leadTimeDays: z.number().int(),
  prices: z.array(supplierPriceSchema),
});
export type SupplierDetail = z.infer<typeof supplierDetailSchema>;

export const itemCostsSchema = z.object({
  item: itemRef,
  purchaseUnits: z.array(purchaseUnitSchema),
  supplierPrices: z.array(
    z.object({
      supplier: z.object({ id: z.uuid(), name: z.string() }),
      unitPrice: costSchema,
      purchaseUnit: purchaseUnitSchema.nullable(),
      /** The price of one unit of issue (a fraction of a minor unit when a purchase unit's price does not divide). */
      perUnitOfIssue: z.number(),
    }),
  ),
  stores: z.array(
    z.object({
      location: z.object({ id: z.uuid(), code: z.string(), name: z.string() }),
      onHand: z.number().int(),
      /** Weighted average cost of one unit of issue, in minor units (null: never given a cost). */
      averageUnitCost: z.number().nullable(),
      currency: z.string().nullable(),
    }),
  ),
});
export type ItemCosts = z.infer<typeof itemCostsSchema>;
