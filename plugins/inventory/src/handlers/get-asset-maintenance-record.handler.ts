import { handleQuery, NotFoundError } from '@hms/sdk';
import { GetAssetMaintenanceRecord, type AssetMaintenanceRecord } from '../contracts/maintenance-queries';
import { EQUIPMENT_READ } from '../contracts/permissions';
import { ASSET_NOT_FOUND } from '../errors';
import { LATEST_CALIBRATIONS } from './calibration-due';

interface PartRow {
  work_order_id: string;
  number: string;
  item_id: string;
  item_code: string;
  item_name: string;
  unit: string;
  location_id: string;
  location_code: string;
  location_name: string;
  quantity: number;
  value: string;
  currency: string | null;
  at: Date;
}

export const getAssetMaintenanceRecordHandler = handleQuery(GetAssetMaintenanceRecord, {
  permission: EQUIPMENT_READ,
  async handle({ assetId }, ctx): Promise<AssetMaintenanceRecord> {
    const [asset] = await ctx.sql.query<{ id: string; calibration_due_on: string | null }>(
      `SELECT a.id, to_char(c.next_due_on, 'YYYY-MM-DD') AS calibration_due_on
         FROM inventory.assets a LEFT JOIN (${LATEST_CALIBRATIONS}) c ON c.asset_id = a.id WHERE a.id = $1`,
      [assetId],
    );
    if (!asset) throw new NotFoundError(ASSET_NOT_FOUND, { assetId });
    const calibrations = await ctx.sql.query<{
      id: string;
      calibrated_on: string;
      result: 'pass' | 'fail';
      next_due_on: string | null;
      certificate_ref: string | null;
      note: string | null;
      recorded_by: string;
    }>(
      `SELECT id, to_char(calibrated_on, 'YYYY-MM-DD') AS calibrated_on, result, to_char(next_due_on, 'YYYY-MM-DD') AS next_due_on,
              certificate_ref, note, recorded_by
         FROM inventory.calibrations WHERE asset_id = $1 ORDER BY calibrated_on DESC, recorded_at DESC`,
      [assetId],
    );
    const parts = await ctx.sql.query<PartRow>(
      `SELECT p.work_order_id, w.number, p.item_id, i.code AS item_code, i.name AS item_name, i.unit, p.location_id,
              l.code AS location_code, l.name AS location_name, p.quantity, p.value::text, p.currency, p.at
         FROM inventory.work_order_parts p
         JOIN inventory.work_orders w ON w.id = p.work_order_id
         JOIN inventory.items i ON i.id = p.item_id
         JOIN inventory.locations l ON l.id = p.location_id
        WHERE w.asset_id = $1 ORDER BY p.position DESC`,
      [assetId],
    );
    const partsTotals: { amount: number; currency: string }[] = [];
    for (const p of parts) {
      if (!p.currency) continue;
      const total = partsTotals.find((t) => t.currency === p.currency);
      if (total) total.amount += Number(p.value);
      else partsTotals.push({ amount: Number(p.value), currency: p.currency });
    }
    return {
      assetId,
      calibrationDueOn: asset.calibration_due_on,
      calibrationOverdue: asset.calibration_due_on !== null && asset.calibration_due_on < ctx.now.slice(0, 10),
      calibrations: calibrations.map((c) => ({
        id: c.id,
        calibratedOn: c.calibrated_on,
        result: c.result,
        nextDueOn: c.next_due_on,
        certificateRef: c.certificate_ref,
        note: c.note,
        recordedBy: c.recorded_by,
      })),
      parts: parts.map((p) => ({
        workOrderId: p.work_order_id,
        workOrderNumber: p.number,
        item: { id: p.item_id, code: p.item_code, name: p.item_name, unit: p.unit },
        location: { id: p.location_id, code: p.location_code, name: p.location_name },
        quantity: p.quantity,
        value: p.currency ? { amount: Number(p.value), currency: p.currency } : null,
        at: new Date(p.at).toISOString(),
      })),
      partsTotals,
    };
  },
});
