import { createTestKernel, type TestKernel } from '@hms/sdk/testing';
import {
  DefineItem,
  DefineLocation,
  IssueStock,
  RaisePurchaseOrder,
  ReceiveDelivery,
  ReceiveStock,
  TransferStock,
  WriteOffStock,
} from './contracts/commands';
import { DefineSupplier } from './contracts/equipment-commands';
import { GetStockValue, ListSuppliers } from './contracts/equipment-queries';
import { GetPurchaseOrder, type ItemSummary, type LocationView } from './contracts/queries';
import { inventoryPlugin } from './plugin';

const NOW = '2026-03-02T08:00:00.000Z';

const rejection = (promise: Promise<unknown>): Promise<{ status?: number; code?: string }> =>
  promise.then(
    () => ({}),
    (error: { status?: number; code?: string }) => error,
  );

describe('suppliers and the value of the stock on the real kernel', () => {
  let kernel: TestKernel;
  let store: LocationView;
  let ward: LocationView;
  let codes = 0;

  const supply = async (): Promise<ItemSummary> =>
    kernel.execute(DefineItem, { code: `V-${++codes}`, name: 'Gauze swab 10 cm', category: 'supply', unit: 'pack' });
  const valueOf = async (itemId: string, location: LocationView) =>
    (await kernel.ask(GetStockValue, { locationId: location.id })).stores[0]?.items.find((i) => i.item.id === itemId);

  beforeAll(async () => {
    kernel = await createTestKernel({ plugins: [inventoryPlugin], now: NOW });
    store = await kernel.execute(DefineLocation, { code: 'MAIN', name: 'Main store' });
    ward = await kernel.execute(DefineLocation, { code: 'W1', name: 'Ward 1 store' });
  });
  afterAll(async () => kernel?.close());

  it('keeps suppliers as records, orders against them, and still takes a supplier in free text', async () => {
    const medline = await kernel.execute(DefineSupplier, {
      name: 'Demo Medical Supplies',
      contact: 'orders@supplier.example.test',
      leadTimeDays: 10,
    });
    expect(
      await rejection(kernel.execute(DefineSupplier, { name: 'demo medical supplies', leadTimeDays: 3 })),
    ).toMatchObject({ status: 409, code: 'SUPPLIER_NAME_TAKEN' });
    expect((await kernel.ask(ListSuppliers, {})).items).toEqual([
      { id: medline.id, name: 'Demo Medical Supplies', contact: 'orders@supplier.example.test', leadTimeDays: 10 },
    ]);

    const gauze = await supply();
    const line = [{ itemId: gauze.id, quantity: 10 }];
    const byRecord = await kernel.execute(RaisePurchaseOrder, {
      supplierId: medline.id,
      locationId: store.id,
      lines: line,
    });
    const byText = await kernel.execute(RaisePurchaseOrder, {
      supplier: 'Corner pharmacy',
      locationId: store.id,
      lines: line,
    });
    expect((await kernel.ask(GetPurchaseOrder, { orderId: byRecord.id })).supplier).toBe('Demo Medical Supplies');
    expect((await kernel.ask(GetPurchaseOrder, { orderId: byText.id })).supplier).toBe('Corner pharmacy');

    const both = await rejection(
      kernel.execute(RaisePurchaseOrder, {
        supplierId: medline.id,
        supplier: 'Also',
        locationId: store.id,
        lines: line,
      }),
    );
    expect(both).toMatchObject({ status: 422, code: 'SUPPLIER_REQUIRED' });
    const unknown = await rejection(
      kernel.execute(RaisePurchaseOrder, {
        supplierId: '0b7a3c1e-5f1a-4d2b-9c3e-000000000777',
        locationId: store.id,
        lines: line,
      }),
    );
    expect(unknown).toMatchObject({ status: 404, code: 'SUPPLIER_NOT_FOUND' });
  });

  it('values the stock at weighted average cost: deliveries add, issues and transfers take the average', async () => {
    const gauze = await supply();
    const order = await kernel.execute(RaisePurchaseOrder, {
      supplier: 'Demo supplies',
      locationId: store.id,
      lines: [{ itemId: gauze.id, quantity: 30 }],
    });
    await kernel.execute(ReceiveDelivery, {
      orderId: order.id,
      lines: [{ itemId: gauze.id, quantity: 10, unitCost: { amount: 100, currency: 'USD' } }],
    });
    await kernel.execute(ReceiveDelivery, {
      orderId: order.id,
      lines: [{ itemId: gauze.id, quantity: 20, unitCost: { amount: 130, currency: 'USD' } }],
    });
    // (10 × 100 + 20 × 130) / 30 = 120 a pack.
    expect(await valueOf(gauze.id, store)).toMatchObject({
      onHand: 30,
      value: { amount: 3600, currency: 'USD' },
      averageUnitCost: 120,
    });

    await kernel.execute(IssueStock, { itemId: gauze.id, locationId: store.id, quantity: 5, issuedTo: 'Theatre 2' });
    await kernel.execute(TransferStock, {
      itemId: gauze.id,
      fromLocationId: store.id,
      toLocationId: ward.id,
      quantity: 10,
    });
    expect(await valueOf(gauze.id, store)).toMatchObject({ onHand: 15, value: { amount: 1800, currency: 'USD' } });
    expect(await valueOf(gauze.id, ward)).toMatchObject({ onHand: 10, value: { amount: 1200, currency: 'USD' } });
    const main = (await kernel.ask(GetStockValue, { locationId: store.id })).stores[0];
    expect(main?.totals.find((t) => t.currency === 'USD')?.amount).toBe(
      main?.items.reduce((sum, i) => sum + i.value.amount, 0),
    );

    await kernel.execute(WriteOffStock, { itemId: gauze.id, locationId: ward.id, quantity: 10, reason: 'damaged' });
    expect(await valueOf(gauze.id, ward)).toBeUndefined(); // an empty shelf is worth nothing, and is not listed
  });

  it('refuses a cost in another currency than the item is valued in at the store, receiving nothing', async () => {
    const gauze = await supply();
    await kernel.execute(ReceiveStock, {
      itemId: gauze.id,
      locationId: store.id,
      quantity: 4,
      unitCost: { amount: 250, currency: 'KES' },
    });
    const refused = await rejection(
      kernel.execute(ReceiveStock, {
        itemId: gauze.id,
        locationId: store.id,
        quantity: 4,
        unitCost: { amount: 2, currency: 'USD' },
      }),
    );
    expect(refused).toMatchObject({ status: 422, code: 'CURRENCY_MISMATCH' });
    expect(await valueOf(gauze.id, store)).toMatchObject({ onHand: 4, value: { amount: 1000, currency: 'KES' } });
  });
});
