import { defineQuery, z } from '@hms/sdk';
import { lotQuantitySchema } from './schemas';

export const ListPharmacyWorklist = defineQuery(
  'inventory.ListPharmacyWorklist',
  z.object({
    /** `to-dispense` (default): active prescriptions not yet dispensed in full; `all`: every one, newest first. */
    status: z.enum(['to-dispense', 'all']).default('to-dispense'),
  }),
  "The pharmacy's worklist: prescriptions from the clinical record, with what was dispensed and returned",
).returns<z.infer<typeof worklistSchema>>();

export const GetDispensing = defineQuery(
  'inventory.GetDispensing',
  z.object({ prescriptionId: z.uuid() }),
  "One prescription's dispensing: each dispense with its lots, and each return",
).returns<DispensingView>();

const dosageSchema = z.object({ dose: z.string(), route: z.string(), frequency: z.string() });

export const prescriptionRowSchema = z.object({
  prescriptionId: z.uuid(),
  patientId: z.uuid(),
  encounterId: z.uuid().nullable(),
  /** The drug as the prescriber wrote it (free text in the EHR). */
  medication: z.string(),
  dosage: dosageSchema,
  /** The units to supply; null when the prescription does not say (no ceiling). */
  prescribed: z.number().int().nullable(),
  /** Dispensed less returned. */
  dispensed: z.number().int(),
  returned: z.number().int(),
  /** What is still to supply; null without a prescribed quantity. */
  outstanding: z.number().int().nullable(),
  status: z.enum(['active', 'stopped']),
  prescribedAt: z.string(),
  prescribedBy: z.string(),
});
export type PrescriptionRow = z.infer<typeof prescriptionRowSchema>;
export const worklistSchema = z.object({ items: z.array(prescriptionRowSchema) });

export const dispenseViewSchema = z.object({
  dispenseId: z.uuid(),
  item: z.object({
    id: z.uuid(),
    code: z.string(),
    name: z.string(),
    unit: z.string(),
    formulary: z.boolean().nullable(),
  }),
  location: z.object({ id: z.uuid(), code: z.string(), name: z.string() }),
  quantity: z.number().int(),
  /** Units of this dispense already returned. */
  returned: z.number().int(),
  lots: z.array(lotQuantitySchema),
  dispensedAt: z.string(),
  dispensedBy: z.string(),
});
export const returnViewSchema = z.object({
  returnId: z.uuid(),
  dispenseId: z.uuid(),
  quantity: z.number().int(),
  lots: z.array(lotQuantitySchema),
  reason: z.string(),
  returnedAt: z.string(),
  returnedBy: z.string(),
});
export const dispensingViewSchema = z.object({
  prescription: prescriptionRowSchema,
  dispenses: z.array(dispenseViewSchema),
  returns: z.array(returnViewSchema),
});
export type DispensingView = z.infer<typeof dispensingViewSchema>;
