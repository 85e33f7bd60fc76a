import { defineCommand, z } from '@hms/sdk';
import { quantitySchema, reasonSchema } from './schemas';
import type { StockResult } from './commands';
import type { LotQuantity } from './schemas';

/** What a dispense or a return answers: the prescription's balance after it, and the stock it moved. */
export interface DispensingResult {
  prescriptionId: string;
  patientId: string;
  dispenseId: string;
  /** The return's id (null for a dispense). */
  returnId: string | null;
  /** The units this command moved, lot by lot (earliest expiry first for a dispense). */
  quantity: number;
  lots: LotQuantity[];
  /** Dispensed less returned, over the prescription's dispenses. */
  dispensed: number;
  prescribed: number | null;
  outstanding: number | null;
  stock: StockResult;
}

export const DispensePrescription = defineCommand(
  'inventory.DispensePrescription',
  z.strictObject({
    /** The EHR's medication order (its `medicationId`), as the worklist shows it. */
    prescriptionId: z.uuid(),
    /** The stock item the pharmacist chose for the prescription (a medicine). */
    itemId: z.uuid(),
    /** The store it is dispensed from. */
    locationId: z.uuid(),
    quantity: quantitySchema,
  }),
  { description: 'Dispense a prescription (in part or in full) from stock, earliest expiry first', offline: true },
).returns<DispensingResult>();

export const ReturnDispensedMedication = defineCommand(
  'inventory.ReturnDispensedMedication',
  z.strictObject({
    prescriptionId: z.uuid(),
    /** Which dispense the units came from (they go back to its store and lots). */
    dispenseId: z.uuid(),
    quantity: quantitySchema,
    reason: reasonSchema,
  }),
  'Take back unused medication dispensed for a prescription: its lots are in stock again',
).returns<DispensingResult>();
