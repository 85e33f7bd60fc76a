import { handleCommand } from '@hms/sdk';
import { UsePartsOnWorkOrder } from '../contracts/maintenance-commands';
import { MAINTENANCE_RECORD } from '../contracts/permissions';
import { workOrderDecider } from '../domain/work-order/work-order.decider';
import { workOrderStream } from '../domain/work-order/work-order.stream';
import { move, stockAt, streamsOf } from './stock-movement';

/** Where parts used on equipment are counted as consumed when the engineer names no other destination. */
export const EQUIPMENT_MAINTENANCE_DESTINATION = 'Equipment maintenance';

/**
 * The work order's record of the parts and their issue from the store, in one transaction: a closed work order,
 * an unknown item or too little usable stock of any part refuses the whole command and nothing is taken. Each
 * issue names the work order, so its value (at the store's weighted average) is listed on it.
 */
export const usePartsOnWorkOrderHandler = handleCommand(UsePartsOnWorkOrder, {
  permission: MAINTENANCE_RECORD,
  preload: (data) => [
    workOrderStream(data.workOrderId),
    ...data.parts.flatMap((p) => streamsOf(p.itemId, data.locationId)),
  ],
  async handle(data, ctx) {
    const { workOrderId, locationId, parts } = data;
    await ctx.streams.decide(workOrderStream(workOrderId), workOrderDecider, {
      type: 'inventory.UsePartsOnWorkOrder',
      data: { workOrderId, locationId, parts },
      meta: ctx.meta,
    });
    const issuedTo = data.issuedTo ?? EQUIPMENT_MAINTENANCE_DESTINATION;
    for (const part of parts) {
      const target = await stockAt(ctx, part.itemId, locationId);
      await move(ctx, {
        type: 'inventory.IssueStock',
        data: { ...target, quantity: part.quantity, issuedTo, costCentre: data.costCentre, workOrderId },
        meta: ctx.meta,
      });
    }
    return { workOrderId, parts: parts.map((p) => ({ itemId: p.itemId, quantity: p.quantity })) };
  },
});
