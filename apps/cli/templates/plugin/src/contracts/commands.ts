import { defineCommand, z } from '@hms/sdk';
import { PLUGIN } from '../plugin-name';

export const RequestSupplies = defineCommand(
  `${PLUGIN}.RequestSupplies`,
  z.strictObject({
    ward: z.string().trim().min(1).max(20),
    item: z.string().trim().min(1).max(80),
    quantity: z.number().int().min(1).max(1000),
  }),
  // offline: a ward may ask while the network is down; the web client queues it and sends it once when it is back.
  { description: 'Ask the stores for a quantity of one item for a ward', offline: true },
).returns<{ id: string }>();
