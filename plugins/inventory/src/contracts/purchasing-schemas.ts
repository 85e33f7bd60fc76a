import { z } from '@hms/sdk';
import { costSchema } from './equipment-schemas';

/** A unit an item is bought in: "box of 10", "carton of 12 bottles". */
export const purchaseUnitNameSchema = z.string().trim().min(1).max(40);

/**
 * A line's quantity in a purchase unit, kept beside its conversion: `{ unit: 'box of 10', unitsOfIssue: 10,
 * quantity: 3 }` is 30 units of issue. Conversions are whole numbers, so they are exact.
 */
export const inPurchaseUnitSchema = z.object({
  unit: z.string(),
  unitsOfIssue: z.number().int(),
  quantity: z.number().int(),
});
export type InPurchaseUnit = z.infer<typeof inPurchaseUnitSchema>;

/** The price of one unit a line is counted in (its purchase unit when it has one, else one unit of issue). */
export const unitPriceSchema = costSchema;
