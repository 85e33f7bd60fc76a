import { InvariantViolation, NotFoundError, type CommandContext } from '@hms/sdk';
import type { PrescriptionFacts } from '../domain/dispensation/dispensation.state';
import { ITEM_NOT_A_MEDICINE, PRESCRIPTION_NOT_FOUND } from '../errors';
import { loadItem } from './catalogue-lookups';

/**
 * The prescription as the worklist has it (projected inline from the EHR's events, so never behind the chart).
 * The dispensation stream keeps the balance; the prescription's quantity and status come from here.
 */
export async function prescriptionFacts(
  ctx: Pick<CommandContext, 'sql'>,
  prescriptionId: string,
): Promise<PrescriptionFacts & { encounterId: string | null }> {
  const [row] = await ctx.sql.query<{
    patient_id: string;
    encounter_id: string | null;
    prescribed: number | null;
    status: 'active' | 'stopped';
  }>(`SELECT patient_id, encounter_id, prescribed, status FROM inventory.prescriptions WHERE prescription_id = $1`, [
    prescriptionId,
  ]);
  if (!row)
    throw new NotFoundError(
      PRESCRIPTION_NOT_FOUND,
      { prescriptionId },
      { message: 'No prescription with this id is on the pharmacy worklist.' },
    );
  return {
    prescriptionId,
    patientId: row.patient_id,
    encounterId: row.encounter_id,
    prescribed: row.prescribed,
    status: row.status,
  };
}

/** Only a medicine is dispensed for a prescription (the pharmacist maps the order to a stock item). */
export async function assertMedicine(ctx: CommandContext, itemId: string): Promise<void> {
  const item = await loadItem(ctx, itemId);
  if (item.category !== 'medicine')
    throw new InvariantViolation(
      ITEM_NOT_A_MEDICINE,
      { itemId },
      { message: 'This item is not a medicine; choose the medicine to dispense.' },
    );
}
