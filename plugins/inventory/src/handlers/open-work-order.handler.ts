import { handleCommand, NotFoundError, ValidationError } from '@hms/sdk';
import { OpenWorkOrder } from '../contracts/equipment-commands';
import { MAINTENANCE_RECORD } from '../contracts/permissions';
import { assetStream } from '../domain/asset/asset.stream';
import { workOrderDecider } from '../domain/work-order/work-order.decider';
import { workOrderStream } from '../domain/work-order/work-order.stream';
import { MAINTENANCE_PLAN_NOT_FOUND } from '../errors';
import { WORK_ORDER_SEQUENCE, workOrderNumber } from '../sequences';
import { loadActiveAsset } from './equipment-lookups';

export const openWorkOrderHandler = handleCommand(OpenWorkOrder, {
  permission: MAINTENANCE_RECORD,
  preload: (data) => [assetStream(data.assetId)],
  async handle(data, ctx) {
    if ((data.kind === 'preventive') !== (data.planId !== undefined)) {
      throw new ValidationError([
        { path: 'planId', message: 'a preventive work order names its maintenance plan; a corrective one does not' },
      ]);
    }
    const asset = await loadActiveAsset(ctx, data.assetId);
    if (data.planId !== undefined && !asset.plans[data.planId]) {
      throw new NotFoundError(MAINTENANCE_PLAN_NOT_FOUND, { planId: data.planId });
    }
    const workOrderId = ctx.newId();
    const number = workOrderNumber(await ctx.sequences.next(WORK_ORDER_SEQUENCE.name));
    await ctx.streams.decide(workOrderStream(workOrderId), workOrderDecider, {
      type: 'inventory.OpenWorkOrder',
      data: { ...data, workOrderId, number },
      meta: ctx.meta,
    });
    return { id: workOrderId, number, status: 'open' as const };
  },
});
