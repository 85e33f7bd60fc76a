/**
 * Each asset's latest calibration (by the day it was done, then by when it was recorded): its next due date is the
 * asset's. A later calibration with no next date means none is due.
 */
export const LATEST_CALIBRATIONS = `
  SELECT DISTINCT ON (asset_id) asset_id, next_due_on
    FROM inventory.calibrations
   ORDER BY asset_id, calibrated_on DESC, recorded_at DESC`;
