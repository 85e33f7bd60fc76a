import { deciderSpec } from '@hms/sdk/testing';
import { ACTOR, ASSET, meta, NOW, PLAN, WORK_ORDER } from '../../../test/builders';
import { workOrderDecider, type WorkOrderCommand, type WorkOrderEvent } from './work-order.decider';

const recorded = { at: NOW, by: ACTOR };
const opened: WorkOrderEvent = {
  type: 'inventory.WorkOrderOpened',
  data: {
    ...recorded,
    workOrderId: WORK_ORDER,
    number: 'WO-000001',
    assetId: ASSET,
    kind: 'preventive',
    planId: PLAN,
    description: 'Six-monthly electrical safety test',
  },
};
const complete = (doneOn?: string, now?: string): WorkOrderCommand => ({
  type: 'inventory.CompleteWorkOrder',
  meta: meta(now),
  data: { workOrderId: WORK_ORDER, findings: 'Leakage current within limits', ...(doneOn ? { doneOn } : {}) },
});

describe('work order decider', () => {
  it('opens a work order on an asset', () =>
    deciderSpec(workOrderDecider)
      .given([])
      .when({
        type: 'inventory.OpenWorkOrder',
        meta: meta(),
        data: {
          workOrderId: WORK_ORDER,
          number: 'WO-000001',
          assetId: ASSET,
          kind: 'preventive',
          planId: PLAN,
          description: 'Six-monthly electrical safety test',
        },
      })
      .then([opened]));

  it('completes it with the findings, done today unless another day is given', () => {
    deciderSpec(workOrderDecider)
      .given([opened])
      .when(complete())
      .then([
        {
          type: 'inventory.WorkOrderCompleted',
          data: {
            ...recorded,
            workOrderId: WORK_ORDER,
            assetId: ASSET,
            findings: 'Leakage current within limits',
            doneOn: '2026-03-01',
          },
        },
      ]);
    deciderSpec(workOrderDecider)
      .given([opened])
      .when(complete('2026-02-27'))
      .thenState({ status: 'done', assetId: ASSET, planId: PLAN });
  });

  it('refuses a second completion, a day still to come, and an unknown work order', () => {
    const done: WorkOrderEvent = {
      type: 'inventory.WorkOrderCompleted',
      data: { ...recorded, workOrderId: WORK_ORDER, assetId: ASSET, findings: 'OK', doneOn: '2026-03-01' },
    };
    deciderSpec(workOrderDecider).given([opened, done]).when(complete()).thenRejects('WORK_ORDER_CLOSED');
    deciderSpec(workOrderDecider).given([opened]).when(complete('2026-03-02')).thenRejects('DONE_IN_FUTURE');
    deciderSpec(workOrderDecider).given([]).when(complete()).thenRejects('WORK_ORDER_NOT_FOUND');
  });
});
