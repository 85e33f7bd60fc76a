import { defineEvent, z } from '@hms/sdk';
import { lotQuantitySchema } from './schemas';

/** Who did it and when: every inventory event says so. */
const recorded = { at: z.iso.datetime(), by: z.string() };
const dispensed = {
  ...recorded,
  /** The EHR's medication order (its `medicationId`). */
  prescriptionId: z.uuid(),
  patientId: z.uuid(),
  dispenseId: z.uuid(),
  itemId: z.uuid(),
  locationId: z.uuid(),
  quantity: z.number().int(),
  lots: z.array(lotQuantitySchema),
};

// A prescription's dispensing (`inventory.dispensation-<prescriptionId>`, 1.4).

export const MedicationDispensed = defineEvent('inventory.MedicationDispensed', z.object(dispensed), {
  description: 'A prescription was dispensed (in part or in full) from a store, lot by lot, earliest expiry first',
});
export const DispensedMedicationReturned = defineEvent(
  'inventory.DispensedMedicationReturned',
  z.object({ ...dispensed, returnId: z.uuid(), reason: z.string() }),
  { description: 'Medication dispensed for a prescription came back to the pharmacy unused' },
);

/**
 * On the stock stream (`inventory.stock-<itemId>@<locationId>`): the returned units are back in their lots, with
 * their expiry dates. The dispense itself is a `StockIssued` naming the patient and the prescription.
 */
export const DispensedStockReturned = defineEvent(
  'inventory.DispensedStockReturned',
  z.object({
    ...recorded,
    itemId: z.uuid(),
    locationId: z.uuid(),
    prescriptionId: z.uuid(),
    patientId: z.uuid(),
    dispenseId: z.uuid(),
    returnId: z.uuid(),
    quantity: z.number().int(),
    lots: z.array(lotQuantitySchema),
    reason: z.string(),
  }),
  { description: 'Dispensed medication came back unused: its lots are in stock again' },
);

export const DISPENSATION_EVENTS = [MedicationDispensed, DispensedMedicationReturned] as const;
