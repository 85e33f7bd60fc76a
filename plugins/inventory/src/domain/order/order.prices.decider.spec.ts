import { deciderSpec } from '@hms/sdk/testing';
import { ACTOR, DELIVERY, ITEM, meta, NOW, ORDER, OTHER_ITEM, PHARMACY } from '../../../test/builders';
import { orderDecider, type OrderEvent } from './order.decider';

const recorded = { at: NOW, by: ACTOR };
const usd = (amount: number) => ({ amount, currency: 'USD' });
const boxes = { unit: 'box of 10', unitsOfIssue: 10, quantity: 3 };

const raised: OrderEvent = {
  type: 'inventory.PurchaseOrderRaised',
  data: {
    ...recorded,
    orderId: ORDER,
    number: 'PO-000001',
    supplier: 'Demo supplies',
    locationId: PHARMACY,
    lines: [
      { itemId: ITEM, quantity: 30, inPurchaseUnit: boxes, unitPrice: usd(1005) },
      { itemId: OTHER_ITEM, quantity: 5 },
    ],
  },
};

// 1.5: lines are ordered in units of issue, with the purchase unit and price they were ordered in beside them.
describe('purchase order decider: prices and purchase units', () => {
  it('raises an order whose lines carry their purchase unit and price', () =>
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
            { itemId: ITEM, quantity: 30, inPurchaseUnit: boxes, unitPrice: usd(1005) },
            { itemId: OTHER_ITEM, quantity: 5 },
          ],
        },
      })
      .then([raised]));

  it("keeps each line's price per unit of its purchase unit, for the deliveries to default from", () =>
    deciderSpec(orderDecider)
      .given([])
      .when({
        type: 'inventory.RaisePurchaseOrder',
        meta: meta(),
        data: { ...raised.data, lines: raised.data.lines },
      })
      .thenState({
        status: 'open',
        locationId: PHARMACY,
        lines: {
          [ITEM]: { ordered: 30, received: 0, unitPrice: usd(1005), pricePer: 10 },
          [OTHER_ITEM]: { ordered: 5, received: 0 },
        },
      }));

  it('counts a delivery in boxes as the units of issue it holds', () =>
    deciderSpec(orderDecider)
      .given([raised])
      .when({
        type: 'inventory.ReceiveDelivery',
        meta: meta(),
        data: {
          orderId: ORDER,
          deliveryId: DELIVERY,
          lines: [
            {
              itemId: ITEM,
              quantity: 30,
              lot: null,
              expiresOn: null,
              inPurchaseUnit: boxes,
              totalCost: usd(3015),
            },
            { itemId: OTHER_ITEM, quantity: 5, lot: null, expiresOn: null },
          ],
        },
      })
      .thenState({
        status: 'completed',
        locationId: PHARMACY,
        lines: {
          [ITEM]: { ordered: 30, received: 30, unitPrice: usd(1005), pricePer: 10 },
          [OTHER_ITEM]: { ordered: 5, received: 5 },
        },
      }));
});
