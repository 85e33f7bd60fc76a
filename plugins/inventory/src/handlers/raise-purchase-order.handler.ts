import { handleCommand } from '@hms/sdk';
import { RaisePurchaseOrder } from '../contracts/commands';
import { ORDER_MANAGE } from '../contracts/permissions';
import { orderDecider } from '../domain/order/order.decider';
import { itemStream } from '../domain/item/item.stream';
import { locationStream } from '../domain/location/location.stream';
import { orderStream } from '../domain/order/order.stream';
import { PURCHASE_ORDER_SEQUENCE, purchaseOrderNumber } from '../sequences';
import { assertLocation, loadItem } from './catalogue-lookups';
import { supplierOfOrder } from './supplier-of-order';
import { pricedOrderLines } from './order-lines';

export const raisePurchaseOrderHandler = handleCommand(RaisePurchaseOrder, {
  permission: ORDER_MANAGE,
  preload: (data) => [locationStream(data.locationId), ...data.lines.map((l) => itemStream(l.itemId))],
  async handle(data, ctx) {
    await assertLocation(ctx, data.locationId);
    for (const line of data.lines) await loadItem(ctx, line.itemId, 'bring-in');
    const supplier = await supplierOfOrder(ctx, data);
    const lines = await pricedOrderLines(ctx, supplier.supplierId, data.lines);
    const orderId = ctx.newId();
    const number = purchaseOrderNumber(await ctx.sequences.next(PURCHASE_ORDER_SEQUENCE.name));
    await ctx.streams.decide(orderStream(orderId), orderDecider, {
      type: 'inventory.RaisePurchaseOrder',
      data: { ...data, ...supplier, orderId, number, lines },
      meta: ctx.meta,
    });
    return { id: orderId, number, status: 'open' as const };
  },
});
