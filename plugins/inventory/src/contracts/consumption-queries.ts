import { defineQuery, z } from '@hms/sdk';
import { costSchema } from './equipment-schemas';
import { costCentreSchema } from './schemas';

export const GetConsumption = defineQuery(
  'inventory.GetConsumption',
  z
    .object({
      /** The first day of the period (UTC), inclusive. */
      from: z.iso.date(),
      /** The last day of the period (UTC), inclusive. */
      to: z.iso.date(),
      /** Only what left this store. */
      locationId: z.uuid().optional(),
      /** Only what was charged to this cost centre. */
      costCentre: costCentreSchema.optional(),
    })
    .refine((p) => p.from <= p.to, { message: 'the period ends before it starts', path: ['to'] }),
  'What each ward or department and cost centre consumed in a period, per item, in quantity and value',
).returns<Consumption>();

export const consumptionLineSchema = z.object({
  item: z.object({ id: z.uuid(), code: z.string(), name: z.string(), unit: z.string() }),
  /** Issued less reversed, in units of issue. */
  quantity: z.number().int(),
  /** At the weighted average cost of what left the shelf; null when the stock was never given a cost. */
  value: costSchema.nullable(),
});
export const consumptionSchema = z.object({
  from: z.string(),
  to: z.string(),
  /** The valuation rule, stated with the figures (the stock value's). */
  method: z.literal('weighted-average'),
  destinations: z.array(
    z.object({
      /** Where the stock went, as the issue named it (a ward, a theatre, a department). */
      destination: z.string(),
      /** The cost centre it was charged to (null: none named). */
      costCentre: z.string().nullable(),
      totals: z.array(costSchema),
      items: z.array(consumptionLineSchema),
    }),
  ),
});
export type Consumption = z.infer<typeof consumptionSchema>;
