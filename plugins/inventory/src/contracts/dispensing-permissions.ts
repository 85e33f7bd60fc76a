import { definePermission } from '@hms/sdk';

/**
 * The pharmacy (1.4): its worklist of prescriptions, dispensing and returns. Patient data, audited per patient, but
 * not clinical: the pharmacy serves every ward, so it is not narrowed to the patients its staff care for (the care
 * relationship rule guards the chart, which the worklist does not show: it has the drug, the dosage and the
 * quantity, never the diagnosis or notes).
 */
export const PRESCRIPTION_DISPENSE = definePermission(
  'inventory:prescription:dispense',
  "See the pharmacy's worklist of prescriptions, dispense them from stock and take returns",
  { patientData: true },
);

export const DISPENSING_PERMISSIONS = [PRESCRIPTION_DISPENSE] as const;
