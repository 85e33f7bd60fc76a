import { handleCommand } from '@hms/sdk';
import { CompleteWorkOrder } from '../contracts/equipment-commands';
import { MAINTENANCE_RECORD } from '../contracts/permissions';
import { assetDecider } from '../domain/asset/asset.decider';
import { assetStream } from '../domain/asset/asset.stream';
import { workOrderDecider } from '../domain/work-order/work-order.decider';
import { workOrderStream } from '../domain/work-order/work-order.stream';

/**
 * The work order and, for preventive work, its plan's next due date, in one transaction: the maintenance alert is
 * cleared by the next run of the maintenance job because the plan is no longer due.
 */
export const completeWorkOrderHandler = handleCommand(CompleteWorkOrder, {
  permission: MAINTENANCE_RECORD,
  preload: (data) => [workOrderStream(data.workOrderId)],
  async handle(data, ctx) {
    const { events, state } = await ctx.streams.decide(workOrderStream(data.workOrderId), workOrderDecider, {
      type: 'inventory.CompleteWorkOrder',
      data,
      meta: ctx.meta,
    });
    const completed = events.find((e) => e.type === 'inventory.WorkOrderCompleted');
    if (state.status === 'none' || state.planId === null || !completed) {
      return { id: data.workOrderId, status: 'done' as const, nextDueOn: null };
    }
    const asset = await ctx.streams.decide(assetStream(state.assetId), assetDecider, {
      type: 'inventory.RecordPreventiveMaintenance',
      data: {
        assetId: state.assetId,
        planId: state.planId,
        workOrderId: data.workOrderId,
        doneOn: completed.data.doneOn,
      },
      meta: ctx.meta,
    });
    const nextDueOn = asset.state.status === 'none' ? null : (asset.state.plans[state.planId]?.nextDueOn ?? null);
    return { id: data.workOrderId, status: 'done' as const, nextDueOn };
  },
});
