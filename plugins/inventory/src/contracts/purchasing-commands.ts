import { defineCommand, z } from '@hms/sdk';
import { costSchema } from './equipment-schemas';
import { purchaseUnitNameSchema } from './purchasing-schemas';

export const DefinePurchaseUnit = defineCommand(
  'inventory.DefinePurchaseUnit',
  z.strictObject({
    itemId: z.uuid(),
    /** The name of the unit as suppliers sell it: "box of 10". */
    unit: purchaseUnitNameSchema,
    /** How many units of issue one of it holds (a box of 10 tablets: 10). */
    unitsOfIssue: z.number().int().min(2).max(100_000),
  }),
  'Say that an item is also bought in a larger unit (a box of 10) holding so many units of issue',
).returns<{ itemId: string; unit: string; unitsOfIssue: number }>();

export const SetSupplierPrice = defineCommand(
  'inventory.SetSupplierPrice',
  z.strictObject({
    supplierId: z.uuid(),
    itemId: z.uuid(),
    /** The supplier's price of one unit: of the purchase unit when one is named, else of the unit of issue. */
    unitPrice: costSchema,
    /** The purchase unit the price is for (one of the item's); leave out for a price per unit of issue. */
    purchaseUnit: purchaseUnitNameSchema.optional(),
  }),
  "Set a supplier's price for an item (orders to that supplier are priced from it)",
).returns<{ supplierId: string; itemId: string; unitPrice: z.infer<typeof costSchema>; purchaseUnit: string | null }>();
