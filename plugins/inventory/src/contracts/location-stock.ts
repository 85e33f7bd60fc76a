import { defineQuery, z } from '@hms/sdk';

export const locationStockRowSchema = z.object({
  itemId: z.uuid(),
  code: z.string(),
  name: z.string(),
  unit: z.string(),
  onHand: z.number().int(),
  reorderLevel: z.number().int(),
  /** Below its reorder level now. */
  low: z.boolean(),
});
export const locationStockSchema = z.object({
  location: z.object({ id: z.uuid(), code: z.string(), name: z.string() }),
  items: z.array(locationStockRowSchema),
});
export type LocationStockRow = z.infer<typeof locationStockRowSchema>;
export type LocationStock = z.infer<typeof locationStockSchema>;

/** What one store holds now (a ward store's shelf): every item kept there, by name. No patient data. */
export const ListLocationStock = defineQuery(
  'inventory.ListLocationStock',
  z.strictObject({ locationId: z.uuid() }),
  'The stock of every item kept at one location, by name',
).returns<LocationStock>();
