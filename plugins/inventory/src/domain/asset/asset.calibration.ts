import { InvariantViolation, type Command, type DataOf } from '@hms/sdk';
import type { AssetStatusChanged } from '../../contracts/equipment-events';
import type { AssetStatus } from '../../contracts/equipment-schemas';
import type { CalibrationRecorded } from '../../contracts/maintenance-events';
import type { CalibrationResult } from '../../contracts/maintenance-schemas';
import { CALIBRATED_IN_FUTURE } from '../../errors';
import { defined } from '../defined';
import { availabilityChange } from './asset.availability';

/** What a calibration decides: the record, and for a failure the status change and the ward's notice. */
type CalibrationEvent =
  | { type: 'inventory.CalibrationRecorded'; data: DataOf<typeof CalibrationRecorded> }
  | { type: 'inventory.AssetStatusChanged'; data: DataOf<typeof AssetStatusChanged> }
  | ReturnType<typeof availabilityChange>[number];

export type RecordCalibrationCommand = Command<
  'inventory.RecordCalibration',
  {
    assetId: string;
    calibrationId: string;
    calibratedOn: string;
    result: CalibrationResult;
    nextDueOn?: string;
    certificateRef?: string;
    note?: string;
  }
>;

/** Why a failed calibration took the asset out of service (kept in its status history). */
export const FAILED_CALIBRATION_REASON = 'Failed calibration';

/**
 * A calibration is recorded on an asset in use (not retired), never for a day to come. A device that fails its
 * calibration measures wrongly and must not be used on patients: one in service or under maintenance goes out of
 * service at once, with the reason kept in its history (a device that failed its test stays out of use until it is
 * repaired and passes again, as medical-device policies require).
 */
export function recordCalibration(
  { data, meta }: RecordCalibrationCommand,
  asset: { readonly status: AssetStatus; readonly locationId?: string },
): CalibrationEvent[] {
  if (data.calibratedOn > meta.now.slice(0, 10)) {
    throw new InvariantViolation(
      CALIBRATED_IN_FUTURE,
      { calibratedOn: data.calibratedOn },
      { message: 'A calibration cannot be recorded on a day still to come.' },
    );
  }
  const recorded = { at: meta.now, by: meta.actorId };
  const calibrated: CalibrationEvent = {
    type: 'inventory.CalibrationRecorded',
    data: defined({ ...recorded, ...data }),
  };
  if (data.result === 'pass' || asset.status === 'out-of-service') return [calibrated];
  const from = asset.status;
  return [
    calibrated,
    {
      type: 'inventory.AssetStatusChanged',
      data: { ...recorded, assetId: data.assetId, from, to: 'out-of-service', reason: FAILED_CALIBRATION_REASON },
    },
    ...availabilityChange(recorded, { assetId: data.assetId, locationId: asset.locationId }, from, 'out-of-service'),
  ];
}
