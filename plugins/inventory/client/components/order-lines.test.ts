import { describe, expect, it } from 'vitest';
import { messages as msg } from '../messages.en';
import { deliveryBody, deliveryDrafts, mergeLines, orderBody } from './order-lines';

const line = (id: string, ordered: number, received: number) => ({
  item: { id, code: id.toUpperCase(), name: `Item ${id}`, unit: 'tablet' },
  ordered,
  received,
  outstanding: ordered - received,
});

describe('raising an order', () => {
  it('drops blank lines and merges an item entered twice', () => {
    expect(
      mergeLines([
        { itemId: 'a', quantity: 10 },
        { itemId: '', quantity: null },
        { itemId: 'a', quantity: 5 },
        { itemId: 'b', quantity: 1 },
      ]),
    ).toEqual([
      { itemId: 'a', quantity: 15 },
      { itemId: 'b', quantity: 1 },
    ]);
    expect(mergeLines([{ itemId: 'a', quantity: null }])).toBeNull();
  });

  it('needs a supplier, a location and a line', () => {
    const lines = [{ itemId: 'a', quantity: 200 }];
    expect(orderBody({ supplier: ' ', locationId: 'loc', note: '', lines })).toEqual({
      ok: false,
      error: msg.inventory.needSupplier,
    });
    expect(orderBody({ supplier: 'Acme', locationId: 'loc', note: '', lines: [] })).toEqual({
      ok: false,
      error: msg.inventory.needLines,
    });
    expect(orderBody({ supplier: 'Acme', locationId: 'loc', note: ' Urgent ', lines })).toEqual({
      ok: true,
      body: { supplier: 'Acme', locationId: 'loc', lines, note: 'Urgent' },
    });
  });
});

describe('receiving a delivery', () => {
  const order = { lines: [line('a', 200, 0), line('b', 10, 10), line('c', 5, 2)] };

  it('offers the outstanding lines, each filled with what is outstanding', () => {
    expect(deliveryDrafts(order, (id) => id === 'a')).toEqual([
      { itemId: 'a', tracksLots: true, quantity: 200, lot: '', expiresOn: '' },
      { itemId: 'c', tracksLots: false, quantity: 3, lot: '', expiresOn: '' },
    ]);
  });

  it('sends what arrived, with lots for lot items, and leaves out what did not', () => {
    const drafts = deliveryDrafts(order, (id) => id === 'a');
    expect(deliveryBody(drafts, '')).toEqual({ ok: false, error: msg.inventory.needLot });
    drafts[0]!.lot = 'L-77';
    drafts[0]!.expiresOn = '2028-02-29';
    drafts[1]!.quantity = 0;
    expect(deliveryBody(drafts, 'DN-1')).toEqual({
      ok: true,
      body: { lines: [{ itemId: 'a', quantity: 200, lot: 'L-77', expiresOn: '2028-02-29' }], deliveryNote: 'DN-1' },
    });
    drafts[0]!.quantity = null;
    expect(deliveryBody(drafts, '')).toEqual({ ok: false, error: msg.inventory.needDelivered });
  });
});
