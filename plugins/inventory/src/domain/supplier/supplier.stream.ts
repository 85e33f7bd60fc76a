import { streamId } from '@hms/sdk';

/** One stream per supplier of the supplier master. */
export const supplierStream = (supplierId: string): string => streamId('inventory', 'supplier', supplierId);
