import { handleCommand } from '@hms/sdk';
import { CancelPurchaseOrder, RaisePurchaseOrder, ReceiveDelivery } from '../contracts/commands';
import { ORDER_MANAGE } from '../contracts/permissions';
import { orderDecider } from '../domain/order/order.decider';
import { stockDecider } from '../domain/stock/stock.decider';
import { itemStream, locationStream, orderStream, stockStream } from '../domain/streams';
import { PURCHASE_ORDER_SEQUENCE, purchaseOrderNumber } from '../sequences';
import { assertLocation, loadItem } from './catalogue-lookups';
import { stockResult } from './stock-result';

export const raisePurchaseOrderHandler = handleCommand(RaisePurchaseOrder, {
  permission: ORDER_MANAGE,
  preload: (data) => [locationStream(data.locationId), ...data.lines.map((l) => itemStream(l.itemId))],
  async handle(data, ctx) {
    await assertLocation(ctx, data.locationId);
    for (const line of data.lines) await loadItem(ctx, line.itemId, 'bring-in');
    const orderId = ctx.newId();
    const number = purchaseOrderNumber(await ctx.sequences.next(PURCHASE_ORDER_SEQUENCE.name));
    await ctx.streams.decide(orderStream(orderId), orderDecider, {
      type: 'inventory.RaisePurchaseOrder',
      data: { ...data, orderId, number },
      meta: ctx.meta,
    });
    return { id: orderId, number, status: 'open' as const };
  },
});

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
    const lines = data.lines.map((l) => ({
      itemId: l.itemId,
      quantity: l.quantity,
      lot: l.lot ?? null,
      expiresOn: l.expiresOn ?? null,
    }));
    const order = await ctx.streams.decide(orderStream(data.orderId), orderDecider, {
      type: 'inventory.ReceiveDelivery',
      data: { orderId: data.orderId, deliveryId, deliveryNote: data.deliveryNote, lines },
      meta: ctx.meta,
    });
    const { locationId } = order.state;
    const stock = [];
    // One decision per item (a stream is decided once per command), with every lot of it that arrived.
    for (const itemId of new Set(lines.map((l) => l.itemId))) {
      const item = await loadItem(ctx, itemId);
      const lots = lines
        .filter((l) => l.itemId === itemId)
        .map(({ lot, expiresOn, quantity }) => ({ lot, expiresOn, quantity }));
      const decided = await ctx.streams.decide(stockStream(itemId, locationId), stockDecider, {
        type: 'inventory.stock.Receive',
        data: { itemId, locationId, tracksLots: item.tracksLots, lots, source: { orderId: data.orderId, deliveryId } },
        meta: ctx.meta,
      });
      stock.push(stockResult(itemId, locationId, decided.state));
    }
    return { orderId: data.orderId, deliveryId, status: order.state.status, stock };
  },
});

export const cancelPurchaseOrderHandler = handleCommand(CancelPurchaseOrder, {
  permission: ORDER_MANAGE,
  preload: (data) => [orderStream(data.orderId)],
  async handle(data, ctx) {
    const { state } = await ctx.streams.decide(orderStream(data.orderId), orderDecider, {
      type: 'inventory.CancelPurchaseOrder',
      data,
      meta: ctx.meta,
    });
    return { id: data.orderId, status: state.status };
  },
});
