import { handleCommand, NotFoundError } from '@hms/sdk';
import { ORDER_NOT_FOUND } from '../errors';
import { ReceiveDelivery } from '../contracts/commands';
import { ORDER_MANAGE } from '../contracts/permissions';
import { orderDecider } from '../domain/order/order.decider';
import { stockDecider } from '../domain/stock/stock.decider';
import { itemStream } from '../domain/item/item.stream';
import { orderStream } from '../domain/order/order.stream';
import { stockStream } from '../domain/stock/stock.stream';
import { loadItem } from './catalogue-lookups';
import { stockResult } from './stock-result';
import { assertValuedIn } from './stock-currency';
import { deliveredCost, inUnitsOfIssue } from './purchase-units';

/**
 * The order's record of what arrived and the stock it brings, in one transaction: the order refuses an item it
 * does not list or more than is outstanding, the stock refuses a medicine without its lot and expiry date, and a
 * refusal of either leaves both untouched.
 */
export const receiveDeliveryHandler = handleCommand(ReceiveDelivery, {
  permission: ORDER_MANAGE,
  preload: (data) => [orderStream(data.orderId), ...new Set(data.lines.map((l) => itemStream(l.itemId)))],
  async handle(data, ctx) {
    const deliveryId = ctx.newId();
    // Purchase units are converted and unpriced lines take the order line's price before the order decides (1.5).
    const { state: before } = await ctx.streams.load(orderStream(data.orderId), orderDecider);
    const lines = [];
    for (const l of data.lines) {
      const converted = await inUnitsOfIssue(ctx, l.itemId, l.quantity, l.purchaseUnit);
      const ordered = before.status === 'none' ? undefined : before.lines[l.itemId];
      const cost = deliveredCost({ ...converted, ...(l.unitCost ? { unitCost: l.unitCost } : {}) }, ordered);
      lines.push({ itemId: l.itemId, ...converted, lot: l.lot ?? null, expiresOn: l.expiresOn ?? null, ...cost });
    }
    const { state } = await ctx.streams.decide(orderStream(data.orderId), orderDecider, {
      type: 'inventory.ReceiveDelivery',
      data: { orderId: data.orderId, deliveryId, deliveryNote: data.deliveryNote, lines },
      meta: ctx.meta,
    });
    // The order was just decided on, so it exists; the check only narrows the type.
    if (state.status === 'none') throw new NotFoundError(ORDER_NOT_FOUND, { orderId: data.orderId });
    const { locationId } = state;
    const stock = [];
    // One decision per item (a stream is decided once per command), with every lot of it that arrived.
    for (const itemId of new Set(lines.map((l) => l.itemId))) {
      const item = await loadItem(ctx, itemId);
      const lots = lines
        .filter((l) => l.itemId === itemId)
        .map((l) => ({
          lot: l.lot,
          expiresOn: l.expiresOn,
          quantity: l.quantity,
          ...('unitCost' in l && l.unitCost ? { unitCost: l.unitCost } : {}),
          ...('totalCost' in l && l.totalCost ? { totalCost: l.totalCost } : {}),
        }));
      await assertValuedIn(ctx, itemId, locationId, lots);
      const decided = await ctx.streams.decide(stockStream(itemId, locationId), stockDecider, {
        type: 'inventory.ReceiveStock',
        data: { itemId, locationId, tracksLots: item.tracksLots, lots, source: { orderId: data.orderId, deliveryId } },
        meta: ctx.meta,
      });
      stock.push(stockResult(itemId, locationId, decided.state));
    }
    return { orderId: data.orderId, deliveryId, status: state.status, stock };
  },
});
