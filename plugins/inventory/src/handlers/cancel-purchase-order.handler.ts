import { handleCommand, NotFoundError } from '@hms/sdk';
import { ORDER_NOT_FOUND } from '../errors';
import { CancelPurchaseOrder } from '../contracts/commands';
import { ORDER_MANAGE } from '../contracts/permissions';
import { orderDecider } from '../domain/order/order.decider';
import { orderStream } from '../domain/order/order.stream';

export const cancelPurchaseOrderHandler = handleCommand(CancelPurchaseOrder, {
  permission: ORDER_MANAGE,
  preload: (data) => [orderStream(data.orderId)],
  async handle(data, ctx) {
    const { state } = await ctx.streams.decide(orderStream(data.orderId), orderDecider, {
      type: 'inventory.CancelPurchaseOrder',
      data,
      meta: ctx.meta,
    });
    // The order was just decided on, so it exists; the check only narrows the type.
    if (state.status === 'none') throw new NotFoundError(ORDER_NOT_FOUND, { orderId: data.orderId });
    return { id: data.orderId, status: state.status };
  },
});
