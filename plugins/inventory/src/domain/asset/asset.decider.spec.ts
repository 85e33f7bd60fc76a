import { deciderSpec } from '@hms/sdk/testing';
import { ACTOR, ASSET, BIOMED_DEPARTMENT, meta, NOW, PLAN, WARD_DEPARTMENT, WORK_ORDER } from '../../../test/builders';
import { assetDecider, type AssetCommand, type AssetEvent } from './asset.decider';

const recorded = { at: NOW, by: ACTOR };
const registration = {
  assetId: ASSET,
  serialNumber: 'SN-4471',
  model: 'Infusion pump P300',
  manufacturer: 'Demo Medical',
  locationId: WARD_DEPARTMENT,
  ownerDepartmentId: BIOMED_DEPARTMENT,
  purchasedOn: '2025-01-15',
  purchaseCost: { amount: 125_000, currency: 'USD' },
  warrantyEndsOn: '2027-01-15',
};
const registered: AssetEvent = { type: 'inventory.AssetRegistered', data: { ...recorded, ...registration } };
const changeTo = (
  status: 'in-service' | 'under-maintenance' | 'out-of-service' | 'retired',
  reason = 'Checked',
): AssetCommand => ({
  type: 'inventory.ChangeAssetStatus',
  meta: meta(),
  data: { assetId: ASSET, status, reason },
});
const changed = (
  from: 'in-service' | 'under-maintenance' | 'out-of-service' | 'retired',
  to: 'in-service' | 'under-maintenance' | 'out-of-service' | 'retired',
  reason = 'Checked',
): AssetEvent => ({ type: 'inventory.AssetStatusChanged', data: { ...recorded, assetId: ASSET, from, to, reason } });
// 1.5: the ward that uses the asset is told when it can no longer use it, and when it can again.
const availability = (
  available: boolean,
  status: 'in-service' | 'under-maintenance' | 'out-of-service' | 'retired',
): AssetEvent => ({
  type: 'inventory.EquipmentAvailabilityChanged',
  data: { ...recorded, assetId: ASSET, locationId: WARD_DEPARTMENT, available, status },
});
const planned: AssetEvent = {
  type: 'inventory.MaintenancePlanScheduled',
  data: {
    ...recorded,
    assetId: ASSET,
    planId: PLAN,
    name: 'Electrical safety test',
    intervalDays: 180,
    nextDueOn: '2026-03-10',
  },
};

describe('asset decider', () => {
  it('registers an asset in service, with its purchase cost in minor units and currency', () =>
    deciderSpec(assetDecider)
      .given([])
      .when({ type: 'inventory.RegisterAsset', meta: meta(), data: registration })
      .then([registered]));

  it('takes an asset out of service with the reason, and back into service', () => {
    deciderSpec(assetDecider)
      .given([registered])
      .when(changeTo('out-of-service', 'Occlusion alarm fails'))
      .then([changed('in-service', 'out-of-service', 'Occlusion alarm fails'), availability(false, 'out-of-service')]);
    deciderSpec(assetDecider)
      .given([registered, changed('in-service', 'out-of-service')])
      .when(changeTo('in-service'))
      .thenState({ status: 'in-service', plans: {}, locationId: WARD_DEPARTMENT });
  });

  it('refuses the status the asset already has, anything after retirement, and an unknown asset', () => {
    deciderSpec(assetDecider).given([registered]).when(changeTo('in-service')).thenRejects('ASSET_STATUS_UNCHANGED');
    deciderSpec(assetDecider)
      .given([registered, changed('in-service', 'retired')])
      .when(changeTo('in-service'))
      .thenRejects('ASSET_RETIRED');
    deciderSpec(assetDecider)
      .given([registered, changed('in-service', 'retired')])
      .when({
        type: 'inventory.ScheduleMaintenance',
        meta: meta(),
        data: { assetId: ASSET, planId: PLAN, name: 'Calibration', intervalDays: 365, firstDueOn: '2026-04-01' },
      })
      .thenRejects('ASSET_RETIRED');
    deciderSpec(assetDecider).given([]).when(changeTo('out-of-service')).thenRejects('ASSET_NOT_FOUND');
  });

  it('plans maintenance first due on the given date', () =>
    deciderSpec(assetDecider)
      .given([registered])
      .when({
        type: 'inventory.ScheduleMaintenance',
        meta: meta(),
        data: {
          assetId: ASSET,
          planId: PLAN,
          name: 'Electrical safety test',
          intervalDays: 180,
          firstDueOn: '2026-03-10',
        },
      })
      .then([planned]));

  it('moves the next due date an interval after the day the work was done, late or early', () => {
    const done = (doneOn: string): AssetCommand => ({
      type: 'inventory.RecordPreventiveMaintenance',
      meta: meta(),
      data: { assetId: ASSET, planId: PLAN, workOrderId: WORK_ORDER, doneOn },
    });
    deciderSpec(assetDecider)
      .given([registered, planned])
      .when(done('2026-03-20'))
      .then([
        {
          type: 'inventory.PreventiveMaintenanceDone',
          data: {
            ...recorded,
            assetId: ASSET,
            planId: PLAN,
            workOrderId: WORK_ORDER,
            doneOn: '2026-03-20',
            nextDueOn: '2026-09-16',
          },
        },
      ]);
    deciderSpec(assetDecider)
      .given([registered, planned])
      .when(done('2026-03-01'))
      .thenState({
        status: 'in-service',
        plans: { [PLAN]: { intervalDays: 180, nextDueOn: '2026-08-28' } },
        locationId: WARD_DEPARTMENT,
      });
    deciderSpec(assetDecider).given([registered]).when(done('2026-03-01')).thenRejects('MAINTENANCE_PLAN_NOT_FOUND');
  });

  it('tells the ward the asset is available again when it returns to service', () =>
    deciderSpec(assetDecider)
      .given([registered, changed('in-service', 'under-maintenance'), availability(false, 'under-maintenance')])
      .when(changeTo('in-service'))
      .then([changed('under-maintenance', 'in-service'), availability(true, 'in-service')]));

  it('says nothing more to the ward between two statuses in which the asset is unavailable', () =>
    deciderSpec(assetDecider)
      .given([registered, changed('in-service', 'under-maintenance'), availability(false, 'under-maintenance')])
      .when(changeTo('out-of-service'))
      .then([changed('under-maintenance', 'out-of-service')]));
});
