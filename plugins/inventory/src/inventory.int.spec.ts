import { createTestKernel, type TestKernel } from '@hms/sdk/testing';
import {
  CancelPurchaseOrder,
  CountStock,
  DefineItem,
  DefineLocation,
  DiscontinueItem,
  IssueStock,
  ReverseIssue,
  RaisePurchaseOrder,
  ReceiveDelivery,
  ReceiveStock,
  SetReorderLevel,
  TransferStock,
  WriteOffStock,
} from './contracts/commands';
import { STOCK_READ } from './contracts/permissions';
import {
  GetItem,
  GetPurchaseOrder,
  ListExpiringLots,
  ListItems,
  ListLowStock,
  ListPurchaseOrders,
  type ItemSummary,
  type ItemView,
  type LocationView,
} from './contracts/queries';
import { stockStream } from './domain/stock/stock.stream';
import { inventoryPlugin } from './plugin';

const NOW = '2026-03-02T08:00:00.000Z';

const rejection = (
  promise: Promise<unknown>,
): Promise<{ status?: number; code?: string; details?: Record<string, unknown> }> =>
  promise.then(
    () => ({}),
    (error: { status?: number; code?: string; details?: Record<string, unknown> }) => error,
  );

describe('the stores on the real kernel', () => {
  let kernel: TestKernel;
  let pharmacy: LocationView;
  let ward: LocationView;
  let codes = 0;

  const item = async (
    category: 'medicine' | 'supply' = 'medicine',
    name = 'Amoxicillin 500 mg capsule',
  ): Promise<ItemSummary> =>
    await kernel.execute(DefineItem, { code: `T-${++codes}`, name, category, unit: 'capsule' });
  const itemView = async (itemId: string) => await kernel.ask(GetItem, { itemId });
  const at = (view: ItemView, location: LocationView) => view.stock.find((s) => s.location.id === location.id);
  const lowStock = async () => (await kernel.ask(ListLowStock, {})).items;

  beforeAll(async () => {
    kernel = await createTestKernel({ plugins: [inventoryPlugin], now: NOW });
    pharmacy = await kernel.execute(DefineLocation, { code: 'PHARM', name: 'Main pharmacy' });
    ward = await kernel.execute(DefineLocation, { code: 'W3A', name: 'Ward 3A store' });
  });
  afterAll(async () => kernel?.close());

  it('follows an item from order to delivery, issue, transfer, count and write-off, with the alerts on the way', async () => {
    const amoxicillin = await item();
    await kernel.execute(SetReorderLevel, {
      itemId: amoxicillin.id,
      locationId: pharmacy.id,
      reorderLevel: 100,
      reorderQuantity: 500,
    });
    // Nothing in stock and a level set: the item is low at once, with nothing on order yet.
    expect((await lowStock()).find((r) => r.item.id === amoxicillin.id)).toMatchObject({
      onHand: 0,
      onOrder: 0,
      toOrder: 500,
    });

    const order = await kernel.execute(RaisePurchaseOrder, {
      supplier: 'Demo supplies',
      locationId: pharmacy.id,
      lines: [{ itemId: amoxicillin.id, quantity: 500 }],
    });
    expect(order.number).toMatch(/^PO-\d{6}$/);
    // Ordered: still low, but nothing more to order.
    expect((await lowStock()).find((r) => r.item.id === amoxicillin.id)).toMatchObject({ onOrder: 500, toOrder: 0 });

    // The first part of the delivery, in two lots.
    await kernel.execute(ReceiveDelivery, {
      orderId: order.id,
      deliveryNote: 'DN-1',
      lines: [
        { itemId: amoxicillin.id, quantity: 100, lot: 'LATE', expiresOn: '2027-06-30' },
        { itemId: amoxicillin.id, quantity: 80, lot: 'SOON', expiresOn: '2026-04-15' },
      ],
    });
    let view = await itemView(amoxicillin.id);
    expect(at(view, pharmacy)).toMatchObject({ onHand: 180, onOrder: 320, lowSince: null });
    expect(at(view, pharmacy)?.lots.map((l) => [l.lot, l.quantity])).toEqual([
      ['SOON', 80],
      ['LATE', 100],
    ]);
    expect((await lowStock()).map((r) => r.item.id)).not.toContain(amoxicillin.id);

    // Issued earliest expiry first.
    const issued = await kernel.execute(IssueStock, {
      itemId: amoxicillin.id,
      locationId: pharmacy.id,
      quantity: 90,
      issuedTo: 'Ward 5B',
    });
    expect(issued.taken).toEqual([
      { lot: 'SOON', expiresOn: '2026-04-15', quantity: 80 },
      { lot: 'LATE', expiresOn: '2027-06-30', quantity: 10 },
    ]);
    expect((await lowStock()).find((r) => r.item.id === amoxicillin.id)).toMatchObject({
      onHand: 90,
      reorderLevel: 100,
      onOrder: 320,
      toOrder: 0,
    });

    // To the ward store, the lot and its expiry date kept.
    await kernel.execute(TransferStock, {
      itemId: amoxicillin.id,
      fromLocationId: pharmacy.id,
      toLocationId: ward.id,
      quantity: 30,
    });
    view = await itemView(amoxicillin.id);
    expect(at(view, pharmacy)?.onHand).toBe(60);
    expect(at(view, ward)).toMatchObject({
      onHand: 30,
      lots: [{ lot: 'LATE', expiresOn: '2027-06-30', quantity: 30, expired: false }],
    });

    // A stock take finds two fewer; then a damaged capsule is written off.
    await kernel.execute(CountStock, {
      itemId: amoxicillin.id,
      locationId: ward.id,
      lot: 'LATE',
      counted: 28,
      reason: 'Weekly count',
    });
    await kernel.execute(WriteOffStock, {
      itemId: amoxicillin.id,
      locationId: ward.id,
      lot: 'LATE',
      quantity: 1,
      reason: 'damaged',
      note: 'Crushed',
    });
    view = await itemView(amoxicillin.id);
    expect(at(view, ward)?.onHand).toBe(27);
    expect(view.onHand).toBe(87);
    // The stock card, newest first: every movement with its sign.
    expect(view.movements.map((m) => [m.kind, m.change])).toEqual([
      ['written-off', -1],
      ['counted', -2],
      ['received', 30],
      ['issued', -30],
      ['issued', -90],
      ['received', 80],
      ['received', 100],
    ]);
    expect(view.movements[4]?.reference).toEqual({ issuedTo: 'Ward 5B' });

    // The rest of the delivery completes the order and ends the alert.
    await kernel.execute(ReceiveDelivery, {
      orderId: order.id,
      lines: [{ itemId: amoxicillin.id, quantity: 320, lot: 'LATE', expiresOn: '2027-06-30' }],
    });
    const done = await kernel.ask(GetPurchaseOrder, { orderId: order.id });
    expect(done).toMatchObject({
      status: 'completed',
      deliveries: 2,
      lines: [{ ordered: 500, received: 500, outstanding: 0 }],
    });
    expect((await lowStock()).map((r) => r.item.id)).not.toContain(amoxicillin.id);
    const events = (await kernel.readStream(stockStream(amoxicillin.id, pharmacy.id))).map((e) => e.type);
    expect(events.filter((t) => t === 'inventory.StockFellBelowReorderLevel')).toHaveLength(2);
    expect(events.filter((t) => t === 'inventory.StockRestored')).toHaveLength(2);
    expect((await kernel.ask(ListPurchaseOrders, { status: 'completed' })).items.map((o) => o.id)).toContain(order.id);
  });

  it('reverses an issue to a patient once, however many reversals race for it', async () => {
    const racing = await createTestKernel({ plugins: [inventoryPlugin], now: NOW, commandLanes: 4 });
    try {
      const store = await racing.execute(DefineLocation, { code: 'W8', name: 'Ward 8 store' });
      const gauze = await racing.execute(DefineItem, { code: 'GZ', name: 'Gauze', category: 'supply', unit: 'pack' });
      await racing.execute(ReceiveStock, { itemId: gauze.id, locationId: store.id, quantity: 10 });
      const { issueId } = await racing.execute(IssueStock, {
        itemId: gauze.id,
        locationId: store.id,
        quantity: 4,
        issuedTo: 'Bay 1',
        patientId: '00000000-0000-4000-8000-0000000000a1',
      });
      const outcomes = await Promise.all(
        Array.from({ length: 8 }, () =>
          rejection(racing.execute(ReverseIssue, { issueId: issueId!, reason: 'Returned unused' })),
        ),
      );
      expect(outcomes.filter((o) => o.code === undefined)).toHaveLength(1);
      expect(outcomes.filter((o) => o.code === 'ISSUE_ALREADY_REVERSED')).toHaveLength(7);
      const view = await racing.ask(GetItem, { itemId: gauze.id });
      expect(at(view, store)?.onHand).toBe(10);
      expect(view.movements.filter((m) => m.kind === 'issue-reversed').map((m) => m.reference)).toEqual([{ issueId }]);
      expect(JSON.stringify(view.movements)).not.toContain('0000000000a1'); // the patient is not on the stock card
      const stream = await racing.readStream(stockStream(gauze.id, store.id));
      expect(stream.filter((e) => e.type === 'inventory.StockIssueReversed')).toHaveLength(1);
    } finally {
      await racing.close();
    }
  });

  it('never issues more than is there: twenty concurrent issues of one against ten in stock, in racing transactions', async () => {
    // Four transactions writing at once, so the issues race on the stream's version, not only within one batch.
    const racing = await createTestKernel({ plugins: [inventoryPlugin], now: NOW, commandLanes: 4 });
    try {
      const store = await racing.execute(DefineLocation, { code: 'W9', name: 'Ward 9 store' });
      const gloves = await racing.execute(DefineItem, {
        code: 'GLV',
        name: 'Nitrile gloves, box',
        category: 'supply',
        unit: 'box',
      });
      await racing.execute(ReceiveStock, { itemId: gloves.id, locationId: store.id, quantity: 10 });
      const outcomes = await Promise.all(
        Array.from({ length: 20 }, () =>
          rejection(
            racing.execute(IssueStock, { itemId: gloves.id, locationId: store.id, quantity: 1, issuedTo: 'Bay 2' }),
          ),
        ),
      );
      expect(outcomes.filter((o) => o.code === undefined)).toHaveLength(10);
      expect(outcomes.filter((o) => o.code === 'INSUFFICIENT_STOCK')).toHaveLength(10);
      const view = await racing.ask(GetItem, { itemId: gloves.id });
      expect(at(view, store)?.onHand).toBe(0);
      expect(at(view, store)?.lots).toEqual([]);
      expect(view.movements.filter((m) => m.kind === 'issued')).toHaveLength(10);
      const stream = await racing.readStream(stockStream(gloves.id, store.id));
      expect(stream.filter((e) => e.type === 'inventory.StockIssued')).toHaveLength(10);
    } finally {
      await racing.close();
    }
  });

  it('moves nothing when a transfer, an issue or a delivery is refused', async () => {
    const heparin = await item('medicine', 'Heparin 5000 units/mL vial');
    await kernel.execute(ReceiveStock, {
      itemId: heparin.id,
      locationId: pharmacy.id,
      quantity: 20,
      lot: 'H1',
      expiresOn: '2027-01-31',
    });
    // An expired lot is held but never issued or transferred.
    await kernel.execute(CountStock, {
      itemId: heparin.id,
      locationId: pharmacy.id,
      lot: 'OLD',
      expiresOn: '2026-01-31',
      counted: 5,
    });

    const tooMuch = await rejection(
      kernel.execute(TransferStock, {
        itemId: heparin.id,
        fromLocationId: pharmacy.id,
        toLocationId: ward.id,
        quantity: 21,
      }),
    );
    expect(tooMuch).toMatchObject({
      status: 422,
      code: 'INSUFFICIENT_STOCK',
      details: { requested: 21, available: 20 },
    });
    const order = await kernel.execute(RaisePurchaseOrder, {
      supplier: 'Demo supplies',
      locationId: pharmacy.id,
      lines: [{ itemId: heparin.id, quantity: 10 }],
    });
    const noLot = await rejection(
      kernel.execute(ReceiveDelivery, { orderId: order.id, lines: [{ itemId: heparin.id, quantity: 10 }] }),
    );
    expect(noLot).toMatchObject({ status: 422, code: 'LOT_REQUIRED' });
    const over = await rejection(
      kernel.execute(ReceiveDelivery, {
        orderId: order.id,
        lines: [{ itemId: heparin.id, quantity: 11, lot: 'H2', expiresOn: '2027-02-28' }],
      }),
    );
    expect(over).toMatchObject({ status: 422, code: 'OVER_DELIVERY', details: { outstanding: 10, delivered: 11 } });

    const view = await itemView(heparin.id);
    expect(at(view, pharmacy)).toMatchObject({ onHand: 25, onOrder: 10 });
    expect(at(view, ward)).toBeUndefined();
    expect(view.movements).toHaveLength(2);
    expect((await kernel.ask(GetPurchaseOrder, { orderId: order.id })).deliveries).toBe(0);

    // The expiry list shows the expired lot first, and the one due within the window.
    const expiring = await kernel.ask(ListExpiringLots, { withinDays: 365 });
    expect(expiring.today).toBe('2026-03-02');
    expect(expiring.items.filter((l) => ['OLD', 'H1'].includes(l.lot))).toEqual([
      expect.objectContaining({ lot: 'OLD', expired: true }),
      expect.objectContaining({ lot: 'H1', expired: false }),
    ]);
    await kernel.execute(CancelPurchaseOrder, { orderId: order.id, reason: 'Ordered twice' });
    expect(at(await itemView(heparin.id), pharmacy)?.onOrder).toBe(0);
  });

  it('refuses duplicate codes, unknown ids, discontinued items on new orders, and bad input', async () => {
    const taken = await rejection(kernel.execute(DefineLocation, { code: 'pharm', name: 'Another pharmacy' }));
    expect(taken).toMatchObject({ status: 409, code: 'LOCATION_CODE_TAKEN' });
    const saline = await item('medicine', 'Sodium chloride 0.9% 1 L bag');
    expect(
      await rejection(
        kernel.execute(DefineItem, {
          code: saline.code.toLowerCase(),
          name: 'Other',
          category: 'supply',
          unit: 'each',
        }),
      ),
    ).toMatchObject({ status: 409, code: 'ITEM_CODE_TAKEN' });
    expect(
      await rejection(
        kernel.execute(IssueStock, {
          itemId: crypto.randomUUID(),
          locationId: ward.id,
          quantity: 1,
          issuedTo: 'Bay 1',
        }),
      ),
    ).toMatchObject({ status: 404, code: 'ITEM_NOT_FOUND' });
    expect(
      await rejection(
        kernel.execute(IssueStock, {
          itemId: saline.id,
          locationId: crypto.randomUUID(),
          quantity: 1,
          issuedTo: 'Bay 1',
        }),
      ),
    ).toMatchObject({ status: 404, code: 'LOCATION_NOT_FOUND' });
    expect(
      await rejection(
        kernel.execute(IssueStock, {
          itemId: saline.id,
          locationId: ward.id,
          quantity: -3,
          issuedTo: 'Bay 1',
        } as never),
      ),
    ).toMatchObject({ status: 400 });
    await kernel.execute(DiscontinueItem, { itemId: saline.id, reason: 'Replaced by the 500 mL bag' });
    expect(
      await rejection(
        kernel.execute(RaisePurchaseOrder, {
          supplier: 'Demo supplies',
          locationId: ward.id,
          lines: [{ itemId: saline.id, quantity: 1 }],
        }),
      ),
    ).toMatchObject({ status: 422, code: 'ITEM_DISCONTINUED' });
    const listed = await kernel.ask(ListItems, { q: 'chloride' });
    expect(listed.items).toEqual([]);
    const withDiscontinued = await kernel.ask(ListItems, { q: 'chloride', includeDiscontinued: 'true' });
    expect(withDiscontinued.items.map((i) => [i.code, i.discontinued])).toEqual([[saline.code, true]]);
    // `%` is a letter in a search, not a wildcard.
    expect((await kernel.ask(ListItems, { q: '%' })).items).toEqual([]);
  });

  it('lets a reader see stock but not move it', async () => {
    const syringes = await item('supply', 'Syringe 5 mL');
    await kernel.execute(ReceiveStock, { itemId: syringes.id, locationId: ward.id, quantity: 100 });
    const reader = { permissions: [STOCK_READ.name] };
    expect(at(await kernel.ask(GetItem, { itemId: syringes.id }, reader), ward)?.onHand).toBe(100);
    expect(
      await rejection(
        kernel.execute(
          IssueStock,
          { itemId: syringes.id, locationId: ward.id, quantity: 1, issuedTo: 'Bay 1' },
          reader,
        ),
      ),
    ).toMatchObject({ status: 403 });
  });
});
