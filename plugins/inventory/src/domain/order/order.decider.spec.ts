import { deciderSpec } from '@hms/sdk/testing';
import { ACTOR, DELIVERY, ITEM, meta, NOW, ORDER, OTHER_ITEM, PHARMACY } from '../../../test/builders';
import { orderDecider, type OrderCommand, type OrderEvent } from './order.decider';

const recorded = { at: NOW, by: ACTOR };
const raised: OrderEvent = {
  type: 'inventory.PurchaseOrderRaised',
  data: {
    ...recorded,
    orderId: ORDER,
    number: 'PO-000001',
    supplier: 'Demo supplies',
    locationId: PHARMACY,
    lines: [
      { itemId: ITEM, quantity: 100 },
      { itemId: OTHER_ITEM, quantity: 10 },
    ],
  },
};
const deliver = (lines: { itemId: string; quantity: number }[]): OrderCommand => ({
  type: 'inventory.ReceiveDelivery',
  meta: meta(),
  data: { orderId: ORDER, deliveryId: DELIVERY, lines: lines.map((l) => ({ ...l, lot: null, expiresOn: null })) },
});
const delivered = (lines: { itemId: string; quantity: number }[]): OrderEvent => ({
  type: 'inventory.DeliveryReceived',
  data: {
    ...recorded,
    orderId: ORDER,
    deliveryId: DELIVERY,
    lines: lines.map((l) => ({ ...l, lot: null, expiresOn: null })),
  },
});

describe('purchase order decider', () => {
  it('raises an order with its lines', () =>
    deciderSpec(orderDecider)
      .given([])
      .when({
        type: 'inventory.RaisePurchaseOrder',
        meta: meta(),
        data: {
          orderId: ORDER,
          number: 'PO-000001',
          supplier: 'Demo supplies',
          locationId: PHARMACY,
          lines: [
            { itemId: ITEM, quantity: 100 },
            { itemId: OTHER_ITEM, quantity: 10 },
          ],
        },
      })
      .then([raised]));

  it('takes deliveries in parts, and completes the order with the last one', () => {
    deciderSpec(orderDecider)
      .given([raised])
      .when(deliver([{ itemId: ITEM, quantity: 60 }]))
      .then([delivered([{ itemId: ITEM, quantity: 60 }])]);
    deciderSpec(orderDecider)
      .given([raised, delivered([{ itemId: ITEM, quantity: 60 }])])
      .when(
        deliver([
          { itemId: ITEM, quantity: 40 },
          { itemId: OTHER_ITEM, quantity: 10 },
        ]),
      )
      .then([
        delivered([
          { itemId: ITEM, quantity: 40 },
          { itemId: OTHER_ITEM, quantity: 10 },
        ]),
        { type: 'inventory.PurchaseOrderCompleted', data: { ...recorded, orderId: ORDER } },
      ]);
  });

  it('refuses more than is outstanding (lots of one item added up), and items not on the order', () => {
    deciderSpec(orderDecider)
      .given([raised, delivered([{ itemId: ITEM, quantity: 60 }])])
      .when(
        deliver([
          { itemId: ITEM, quantity: 30 },
          { itemId: ITEM, quantity: 11 },
        ]),
      )
      .thenRejects('OVER_DELIVERY');
    deciderSpec(orderDecider)
      .given([raised])
      .when(deliver([{ itemId: PHARMACY, quantity: 1 }]))
      .thenRejects('ITEM_NOT_ON_ORDER');
  });

  it('cancels an open order; a closed or unknown order takes nothing more', () => {
    const cancel: OrderCommand = {
      type: 'inventory.CancelPurchaseOrder',
      meta: meta(),
      data: { orderId: ORDER, reason: 'Supplier out of stock' },
    };
    const cancelled: OrderEvent = {
      type: 'inventory.PurchaseOrderCancelled',
      data: { ...recorded, orderId: ORDER, reason: 'Supplier out of stock' },
    };
    deciderSpec(orderDecider).given([raised]).when(cancel).then([cancelled]);
    deciderSpec(orderDecider)
      .given([raised, cancelled])
      .when(deliver([{ itemId: ITEM, quantity: 1 }]))
      .thenRejects('ORDER_CLOSED');
    deciderSpec(orderDecider).given([raised, cancelled]).when(cancel).thenRejects('ORDER_CLOSED');
    deciderSpec(orderDecider).given([]).when(cancel).thenRejects('ORDER_NOT_FOUND');
  });

  it('holds a cancelled order as cancelled, with what had arrived', () =>
    deciderSpec(orderDecider)
      .given([raised, delivered([{ itemId: ITEM, quantity: 60 }])])
      .when({
        type: 'inventory.CancelPurchaseOrder',
        meta: meta(),
        data: { orderId: ORDER, reason: 'Supplier out of stock' },
      })
      .thenState({
        status: 'cancelled',
        locationId: PHARMACY,
        lines: { [ITEM]: { ordered: 100, received: 60 }, [OTHER_ITEM]: { ordered: 10, received: 0 } },
      }));
});
