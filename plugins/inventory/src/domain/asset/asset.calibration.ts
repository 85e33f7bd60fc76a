import { InvariantViolation, type Command } from '@hms/sdk';
import type { CalibrationResult } from '../../contracts/maintenance-schemas';
import { CALIBRATED_IN_FUTURE } from '../../errors';
import { defined } from '../defined';
import { availabilityChange } from './asset.availability';
import type { Asset, AssetEvent } from './asset.decider';

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
 * service at once, with the reason kept in its history (IEC 62353 / the hospital's medical-device policy: a failed
 * test takes the device out of use until repaired).
 */
export function recordCalibration({ data, meta }: RecordCalibrationCommand, asset: Asset): AssetEvent[] {
  if (data.calibratedOn > meta.now.slice(0, 10)) {
    throw new InvariantViolation(
      CALIBRATED_IN_FUTURE,
      { calibratedOn: data.calibratedOn },
      { message: 'A calibration cannot be recorded on a day still to come.' },
    );
  }
  const recorded = { at: meta.now, by: meta.actorId };
  const calibrated: AssetEvent = { type: 'inventory.CalibrationRecorded', data: defined({ ...recorded, ...data }) };
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
