import { handleQuery, NotFoundError } from '@hms/sdk';
import { PRESCRIPTION_DISPENSE } from '../contracts/dispensing-permissions';
import { GetDispensing, type DispensingView } from '../contracts/dispensing-queries';
import type { LotQuantity } from '../contracts/schemas';
import { PRESCRIPTION_NOT_FOUND } from '../errors';
import { PRESCRIPTION_COLUMNS, prescriptionFromRow, type PrescriptionDbRow } from './prescription-rows';

interface DispenseRow {
  dispense_id: string;
  item_id: string;
  item_code: string;
  item_name: string;
  unit: string;
  formulary: boolean | null;
  location_id: string;
  location_code: string;
  location_name: string;
  quantity: number;
  returned: number;
  lots: LotQuantity[];
  dispensed_at: Date;
  dispensed_by: string;
}
interface ReturnRow {
  return_id: string;
  dispense_id: string;
  quantity: number;
  lots: LotQuantity[];
  reason: string;
  returned_at: Date;
  returned_by: string;
}

export const getDispensingHandler = handleQuery(GetDispensing, {
  permission: PRESCRIPTION_DISPENSE,
  auditPatient: (_params, result) => result?.prescription.patientId,
  async handle({ prescriptionId }, ctx): Promise<DispensingView> {
    const [row] = await ctx.sql.query<PrescriptionDbRow>(
      `SELECT ${PRESCRIPTION_COLUMNS} FROM inventory.prescriptions WHERE prescription_id = $1`,
      [prescriptionId],
    );
    if (!row) throw new NotFoundError(PRESCRIPTION_NOT_FOUND, { prescriptionId });
    const [dispenses, returns] = await Promise.all([
      ctx.sql.query<DispenseRow>(
        `SELECT d.dispense_id, d.item_id, i.code AS item_code, i.name AS item_name, i.unit, i.formulary,
                d.location_id, l.code AS location_code, l.name AS location_name,
                d.quantity, d.returned, d.lots, d.dispensed_at, d.dispensed_by
           FROM inventory.dispenses d
           JOIN inventory.items i ON i.id = d.item_id
           JOIN inventory.locations l ON l.id = d.location_id
          WHERE d.prescription_id = $1 ORDER BY d.position`,
        [prescriptionId],
      ),
      ctx.sql.query<ReturnRow>(
        `SELECT return_id, dispense_id, quantity, lots, reason, returned_at, returned_by
           FROM inventory.dispense_returns WHERE prescription_id = $1 ORDER BY position`,
        [prescriptionId],
      ),
    ]);
    return {
      prescription: prescriptionFromRow(row),
      dispenses: dispenses.map((d) => ({
        dispenseId: d.dispense_id,
        item: { id: d.item_id, code: d.item_code, name: d.item_name, unit: d.unit, formulary: d.formulary },
        location: { id: d.location_id, code: d.location_code, name: d.location_name },
        quantity: d.quantity,
        returned: d.returned,
        lots: d.lots,
        dispensedAt: d.dispensed_at.toISOString(),
        dispensedBy: d.dispensed_by,
      })),
      returns: returns.map((r) => ({
        returnId: r.return_id,
        dispenseId: r.dispense_id,
        quantity: r.quantity,
        lots: r.lots,
        reason: r.reason,
        returnedAt: r.returned_at.toISOString(),
        returnedBy: r.returned_by,
      })),
    };
  },
});
