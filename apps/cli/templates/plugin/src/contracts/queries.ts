import { defineQuery, z } from '@hms/sdk';
import { PLUGIN } from '../plugin-name';

export const supplyRequestSchema = z.object({
  id: z.uuid(),
  ward: z.string(),
  item: z.string(),
  quantity: z.number().int(),
  requestedAt: z.string(),
});
export type SupplyRequestView = z.infer<typeof supplyRequestSchema>;

export const supplyRequestListSchema = z.object({ items: z.array(supplyRequestSchema) });
export type SupplyRequestList = z.infer<typeof supplyRequestListSchema>;

/** The newest requests first, of one ward or of all. */
export const ListSupplyRequests = defineQuery(
  `${PLUGIN}.ListSupplyRequests`,
  z.object({ ward: z.string().trim().min(1).max(20).optional() }),
  'The supply requests, newest first',
).returns<SupplyRequestList>();
