import { handleQuery } from '@hms/sdk';
import { PRESCRIPTION_DISPENSE } from '../contracts/dispensing-permissions';
import { ListPharmacyWorklist } from '../contracts/dispensing-queries';
import { PRESCRIPTION_COLUMNS, prescriptionFromRow, type PrescriptionDbRow } from './prescription-rows';

/** How many prescriptions one page of the worklist shows (the oldest waiting first). */
const WORKLIST_LIMIT = 200;

/**
 * To dispense: active prescriptions with something still to supply (or no quantity stated and nothing dispensed
 * yet), oldest first, as a pharmacy works through them. Every patient listed is in the audit record.
 */
export const listPharmacyWorklistHandler = handleQuery(ListPharmacyWorklist, {
  permission: PRESCRIPTION_DISPENSE,
  auditPatient: (_params, result) => [...new Set(result?.items.map((p) => p.patientId) ?? [])],
  async handle({ status }, ctx) {
    const rows = await ctx.sql.query<PrescriptionDbRow>(
      status === 'all'
        ? `SELECT ${PRESCRIPTION_COLUMNS} FROM inventory.prescriptions ORDER BY prescribed_at DESC LIMIT $1`
        : `SELECT ${PRESCRIPTION_COLUMNS} FROM inventory.prescriptions
            WHERE status = 'active' AND (CASE WHEN prescribed IS NULL THEN dispensed - returned = 0
                                              ELSE dispensed - returned < prescribed END)
            ORDER BY prescribed_at LIMIT $1`,
      [WORKLIST_LIMIT],
    );
    return { items: rows.map(prescriptionFromRow) };
  },
});
