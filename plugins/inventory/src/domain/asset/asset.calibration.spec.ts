import { deciderSpec } from '@hms/sdk/testing';
import { ACTOR, ASSET, BIOMED_DEPARTMENT, meta, NOW, WARD_DEPARTMENT } from '../../../test/builders';
import { assetDecider, type AssetCommand, type AssetEvent } from './asset.decider';

const recorded = { at: NOW, by: ACTOR };
const CALIBRATION = '00000000-0000-4000-8000-000000000031';
const registered: AssetEvent = {
  type: 'inventory.AssetRegistered',
  data: {
    ...recorded,
    assetId: ASSET,
    serialNumber: 'SN-9001',
    model: 'Patient monitor M5',
    manufacturer: 'Demo Medical',
    locationId: WARD_DEPARTMENT,
    ownerDepartmentId: BIOMED_DEPARTMENT,
  },
};
const calibrate = (result: 'pass' | 'fail', calibratedOn = '2026-02-27'): AssetCommand => ({
  type: 'inventory.RecordCalibration',
  meta: meta(),
  data: {
    assetId: ASSET,
    calibrationId: CALIBRATION,
    calibratedOn,
    result,
    nextDueOn: '2027-02-27',
    certificateRef: 'CAL-2026-0142',
  },
});
const calibrated = (result: 'pass' | 'fail'): AssetEvent => ({
  type: 'inventory.CalibrationRecorded',
  data: {
    ...recorded,
    assetId: ASSET,
    calibrationId: CALIBRATION,
    calibratedOn: '2026-02-27',
    result,
    nextDueOn: '2027-02-27',
    certificateRef: 'CAL-2026-0142',
  },
});
const statusChanged = (
  from: 'in-service' | 'under-maintenance' | 'out-of-service',
  to: 'in-service' | 'under-maintenance' | 'out-of-service' | 'retired',
  reason: string,
): AssetEvent => ({ type: 'inventory.AssetStatusChanged', data: { ...recorded, assetId: ASSET, from, to, reason } });

describe('asset decider: calibration', () => {
  it('records a passed calibration with its certificate and next due date', () =>
    deciderSpec(assetDecider)
      .given([registered])
      .when(calibrate('pass'))
      .then([calibrated('pass')]));

  it('keeps the next calibration due date in the state', () =>
    deciderSpec(assetDecider)
      .given([registered])
      .when(calibrate('pass'))
      .thenState({ status: 'in-service', plans: {}, locationId: WARD_DEPARTMENT, calibrationDueOn: '2027-02-27' }));

  it('takes a device that fails its calibration out of service, and tells the ward it is unavailable', () =>
    deciderSpec(assetDecider)
      .given([registered])
      .when(calibrate('fail'))
      .then([
        calibrated('fail'),
        statusChanged('in-service', 'out-of-service', 'Failed calibration'),
        {
          type: 'inventory.EquipmentAvailabilityChanged',
          data: {
            ...recorded,
            assetId: ASSET,
            locationId: WARD_DEPARTMENT,
            available: false,
            status: 'out-of-service',
          },
        },
      ]));

  it('moves a device under maintenance that fails out of service (it was unavailable already)', () =>
    deciderSpec(assetDecider)
      .given([registered, statusChanged('in-service', 'under-maintenance', 'Annual service')])
      .when(calibrate('fail'))
      .then([calibrated('fail'), statusChanged('under-maintenance', 'out-of-service', 'Failed calibration')]));

  it('records a failed calibration of a device already out of service, changing nothing else', () =>
    deciderSpec(assetDecider)
      .given([registered, statusChanged('in-service', 'out-of-service', 'Broken screen')])
      .when(calibrate('fail'))
      .then([calibrated('fail')]));

  it('refuses a calibration on a day still to come', () =>
    deciderSpec(assetDecider)
      .given([registered])
      .when(calibrate('pass', '2026-03-02'))
      .thenRejects('CALIBRATED_IN_FUTURE'));

  it('refuses a calibration of a retired asset', () =>
    deciderSpec(assetDecider)
      .given([registered, statusChanged('in-service', 'retired', 'Replaced')])
      .when(calibrate('pass'))
      .thenRejects('ASSET_RETIRED'));

  it('refuses a calibration of an asset not in the register', () =>
    deciderSpec(assetDecider).given([]).when(calibrate('pass')).thenRejects('ASSET_NOT_FOUND'));
});
