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
      .then([changed('in-service', 'out-of-service', 'Occlusion alarm fails')]);
    deciderSpec(assetDecider)
      .given([registered, changed('in-service', 'out-of-service')])
      .when(changeTo('in-service'))
      .thenState({ status: 'in-service', plans: {} });
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
      .thenState({ status: 'in-service', plans: { [PLAN]: { intervalDays: 180, nextDueOn: '2026-08-28' } } });
    deciderSpec(assetDecider).given([registered]).when(done('2026-03-01')).thenRejects('MAINTENANCE_PLAN_NOT_FOUND');
  });
});
