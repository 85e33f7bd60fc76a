import { defineProjection } from '@hms/sdk';
import { CalibrationRecorded } from '../contracts/maintenance-events';

/**
 * Calibration records, each as it was recorded; an asset's next calibration is due on its latest record's date.
 * Inline, so the calibration job never reads a stale due date.
 */
export const calibrationsProjection = defineProjection({
  name: 'inventory.calibrations',
  mode: 'inline',
  handles: [CalibrationRecorded],
  tables: ['inventory.calibrations'],
  async evolve(event, sql) {
    switch (event.type) {
      case CalibrationRecorded.type: {
        const d = event.data;
        await sql.query(
          `INSERT INTO inventory.calibrations (id, asset_id, calibrated_on, result, next_due_on, certificate_ref, note, recorded_at, recorded_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (id) DO NOTHING`,
          [
            d.calibrationId,
            d.assetId,
            d.calibratedOn,
            d.result,
            d.nextDueOn ?? null,
            d.certificateRef ?? null,
            d.note ?? null,
            d.at,
            d.by,
          ],
        );
        return;
      }
    }
  },
});
