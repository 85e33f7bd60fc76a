import { deciderSpec } from '@hms/sdk/testing';
import { ACTOR, ASSET, ITEM, meta, NOW, OTHER_ITEM, PHARMACY, WORK_ORDER } from '../../../test/builders';
import { workOrderDecider, type WorkOrderCommand, type WorkOrderEvent } from './work-order.decider';

const recorded = { at: NOW, by: ACTOR };
const opened: WorkOrderEvent = {
  type: 'inventory.WorkOrderOpened',
  data: {
    ...recorded,
    workOrderId: WORK_ORDER,
    number: 'WO-000001',
    assetId: ASSET,
    kind: 'corrective',
    description: 'Occlusion alarm fails',
  },
};
const parts = [
  { itemId: ITEM, quantity: 1 },
  { itemId: OTHER_ITEM, quantity: 2 },
];
const useParts: WorkOrderCommand = {
  type: 'inventory.UsePartsOnWorkOrder',
  meta: meta(),
  data: { workOrderId: WORK_ORDER, locationId: PHARMACY, parts },
};

describe('work order decider: parts used', () => {
  it('records the parts taken from a store for the work, on the asset it is for', () =>
    deciderSpec(workOrderDecider)
      .given([opened])
      .when(useParts)
      .then([
        {
          type: 'inventory.WorkOrderPartsUsed',
          data: { ...recorded, workOrderId: WORK_ORDER, assetId: ASSET, locationId: PHARMACY, parts },
        },
      ]));

  it('refuses parts on a work order already done', () =>
    deciderSpec(workOrderDecider)
      .given([
        opened,
        {
          type: 'inventory.WorkOrderCompleted',
          data: {
            ...recorded,
            workOrderId: WORK_ORDER,
            assetId: ASSET,
            findings: 'Pump replaced',
            doneOn: '2026-03-01',
          },
        },
      ])
      .when(useParts)
      .thenRejects('WORK_ORDER_CLOSED'));

  it('refuses parts on a work order that does not exist', () =>
    deciderSpec(workOrderDecider).given([]).when(useParts).thenRejects('WORK_ORDER_NOT_FOUND'));
});
