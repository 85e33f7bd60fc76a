import { z } from '@hms/sdk';

/** An ISO 4217 currency code (`USD`, `KES`, `EUR`): every amount says which currency it is in. */
export const currencyCodeSchema = z.string().regex(/^[A-Z]{3}$/, 'a three-letter ISO 4217 code such as USD');

/** An amount in whole minor units (cents) of an explicit currency: never a float of the major unit. */
export const costSchema = z.strictObject({
  amount: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  currency: currencyCodeSchema,
});
export type Cost = z.infer<typeof costSchema>;

/**
 * Where an asset stands. In service: in use. Under maintenance: taken in by the biomedical engineers. Out of
 * service: broken or unsafe, not to be used. Retired: gone for good (a final status).
 */
export const assetStatusSchema = z.enum(['in-service', 'under-maintenance', 'out-of-service', 'retired']);
export type AssetStatus = z.infer<typeof assetStatusSchema>;

/** Preventive work follows a maintenance plan; corrective work repairs a fault. */
export const workOrderKindSchema = z.enum(['preventive', 'corrective']);
export type WorkOrderKind = z.infer<typeof workOrderKindSchema>;
