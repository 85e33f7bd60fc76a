import { streamId } from '@hms/sdk';

/** One stream per prescription the pharmacy dispenses (its id is the EHR's `medicationId`). */
export const dispensationStream = (prescriptionId: string): string =>
  streamId('inventory', 'dispensation', prescriptionId);
