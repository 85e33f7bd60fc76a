import { defineQuery, z } from '@hms/sdk';

/** What the stores pay for one unit of issue of the item a service charges, as inventory publishes it. */
export const storesCostSchema = z.object({
  /** Each store's weighted average cost of one unit of issue, in minor units. */
  stores: z.array(
    z.object({
      locationCode: z.string(),
      locationName: z.string(),
      averageUnitCost: z.number().nullable(),
      currency: z.string().nullable(),
    }),
  ),
  /** Each supplier's listed price, brought down to one unit of issue (may be a fraction of a minor unit). */
  suppliers: z.array(z.object({ name: z.string(), perUnitOfIssue: z.number(), currency: z.string() })),
});

export const serviceMarginSchema = z.object({
  serviceCode: z.string(),
  name: z.string(),
  stockItemId: z.uuid(),
  /** Null when the stores' costs cannot be read: `costsUnavailable` says why. */
  costs: storesCostSchema.nullable(),
  costsUnavailable: z.enum(['inventory-not-enabled', 'item-unknown-to-inventory', 'no-permission']).nullable(),
  /** The price in force today in each payer's list, and its margin over the dearest store's average cost. */
  prices: z.array(
    z.object({
      priceListId: z.uuid(),
      priceListName: z.string(),
      amount: z.number().int(),
      currency: z.string(),
      /** Price minus the highest average unit cost in the same currency (null: no cost in that currency). */
      marginOverCost: z.number().nullable(),
      /** The margin as a share of the price, in basis points (null as above, or a price of zero). */
      marginBasisPoints: z.number().int().nullable(),
    }),
  ),
});
export type ServiceMargin = z.infer<typeof serviceMarginSchema>;

/**
 * A stores item's service priced against what the stores pay for it: billing reads the item's costs through
 * inventory's published `GetItemCosts` (as the asking user), so the billing office sets prices seeing the margin.
 */
export const GetServiceMargin = defineQuery(
  'billing.GetServiceMargin',
  z.strictObject({ serviceCode: z.string().min(1).max(40) }),
  "A stores item's service: its prices in force today beside what the stores pay for the item, and the margin",
).returns<ServiceMargin>();
