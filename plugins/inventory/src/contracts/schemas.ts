import { z } from '@hms/sdk';
import { costSchema } from './equipment-schemas';

/** What an item is: a medicine (lots and expiry dates are required), a consumable supply, or equipment. */
export const itemCategorySchema = z.enum(['medicine', 'supply', 'equipment']);
export type ItemCategory = z.infer<typeof itemCategorySchema>;

/** The hospital's own code for an item or a location (an SKU, a store code): letters, digits, `-`, `_`, `.`. */
export const codeSchema = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'letters, digits, ".", "_" or "-"');

/** A count of the item's unit of issue (tablets, vials, boxes): whole and positive. */
/**
 * A medicine's code in the hospital's drug code system (1.4), where it has one: the system as the hospital names it
 * ("ATC", "RxNorm", "dm+d", or a URI) and the code in it.
 */
export const drugCodeSchema = z.strictObject({
  system: z.string().trim().min(1).max(200),
  code: z.string().trim().min(1).max(40),
});
export type DrugCode = z.infer<typeof drugCodeSchema>;

export const quantitySchema = z.number().int().positive().max(10_000_000);

/** The manufacturer's batch (lot) number. */
export const lotSchema = z.string().trim().min(1).max(40);

/** A free-text reason kept with a movement (no patient data belongs here). */
export const reasonSchema = z.string().trim().min(1).max(500);

/** Where stock was issued to when it left the stores: a ward, theatre or department (not a patient). */
export const issuedToSchema = z.string().trim().min(1).max(120);

/** The cost centre an issue is charged to in the hospital's accounts (its own code: `CC-4100`, `THEATRE`). */
export const costCentreSchema = z.string().trim().min(1).max(40);

/** Why stock is written off. */
export const writeOffReasonSchema = z.enum(['expired', 'damaged', 'recalled', 'lost']);

/** One lot's share of a movement: lots are taken earliest expiry first. */
export const lotQuantitySchema = z.object({
  lot: z.string().nullable(),
  expiresOn: z.iso.date().nullable(),
  quantity: z.number().int(),
});
export type LotQuantity = z.infer<typeof lotQuantitySchema>;

/** A received line: lot and expiry are required for medicines (checked by the handler against the item). */
export const receivedLineSchema = z.strictObject({
  itemId: z.uuid(),
  quantity: quantitySchema,
  lot: lotSchema.optional(),
  expiresOn: z.iso.date().optional(),
  /**
   * What one unit cost (the invoice's price), for the stock's value: whole minor units of a named currency. Per
   * purchase unit when the line names one. Left out, it is the order line's price (1.5).
   */
  unitCost: costSchema.optional(),
  /** 1.5: the quantity is in this purchase unit of the item ("box of 10"); converted to units of issue. */
  purchaseUnit: z.string().trim().min(1).max(40).optional(),
});
