import { defineCommand, z } from '@hms/sdk';
import { PLUGIN } from '../plugin-name';

export const RequestSupplies = defineCommand(
  `${PLUGIN}.RequestSupplies`,
  z.strictObject({
    ward: z.string().trim().min(1).max(20),
    item: z.string().trim().min(1).max(80),
    quantity: z.number().int().min(1).max(1000),
  }),
  'Ask the stores for a quantity of one item for a ward',
).returns<{ id: string }>();
