import { streamId } from '@hms/sdk';

/** One stream per asset of the equipment register (its status and maintenance plans). */
export const assetStream = (assetId: string): string => streamId('inventory', 'asset', assetId);
