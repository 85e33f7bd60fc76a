import { createTestKernel, type TestKernel } from '@hms/sdk/testing';
import { DefineItem, DefineLocation, RaisePurchaseOrder, ReceiveDelivery } from './contracts/commands';
import { DefineSupplier } from './contracts/equipment-commands';
import { GetStockValue } from './contracts/equipment-queries';
import { DefinePurchaseUnit, SetSupplierPrice } from './contracts/purchasing-commands';
import { GetItemCosts, GetSupplier } from './contracts/purchasing-queries';
import { GetItem, GetPurchaseOrder, type ItemSummary, type LocationView } from './contracts/queries';
import { inventoryPlugin } from './plugin';

const NOW = '2026-03-02T08:00:00.000Z';
const usd = (amount: number) => ({ amount, currency: 'USD' });

const rejection = (promise: Promise<unknown>): Promise<{ status?: number; code?: string }> =>
  promise.then(
    () => ({}),
    (error: { status?: number; code?: string }) => error,
  );

describe('purchase units, supplier prices and priced orders on the real kernel', () => {
  let kernel: TestKernel;
  let pharmacy: LocationView;
  let tablets: ItemSummary;
  let supplierId: string;

  const valueAtPharmacy = async (itemId: string) =>
    (await kernel.ask(GetStockValue, { locationId: pharmacy.id })).stores[0]?.items.find((i) => i.item.id === itemId);

  beforeAll(async () => {
    kernel = await createTestKernel({ plugins: [inventoryPlugin], now: NOW });
    pharmacy = await kernel.execute(DefineLocation, { code: 'PHARM', name: 'Main pharmacy' });
    tablets = await kernel.execute(DefineItem, {
      code: 'PARA-500',
      name: 'Paracetamol 500 mg',
      category: 'medicine',
      unit: 'tablet',
    });
    supplierId = (await kernel.execute(DefineSupplier, { name: 'Demo Pharma Wholesale', leadTimeDays: 5 })).id;
  });
  afterAll(async () => kernel?.close());

  it('keeps a purchase unit to its content: the same again changes nothing, another content is refused', async () => {
    await kernel.execute(DefinePurchaseUnit, { itemId: tablets.id, unit: 'box of 10', unitsOfIssue: 10 });
    await kernel.execute(DefinePurchaseUnit, { itemId: tablets.id, unit: 'Box of 10', unitsOfIssue: 10 });
    expect(
      await rejection(kernel.execute(DefinePurchaseUnit, { itemId: tablets.id, unit: 'box of 10', unitsOfIssue: 12 })),
    ).toMatchObject({ status: 422, code: 'PURCHASE_UNIT_CHANGED' });
    expect((await kernel.ask(GetItemCosts, { itemId: tablets.id })).purchaseUnits).toEqual([
      { unit: 'box of 10', unitsOfIssue: 10 },
    ]);
  });

  it("keeps a supplier's price list, per purchase unit, and refuses a unit the item is not bought in", async () => {
    await kernel.execute(SetSupplierPrice, {
      supplierId,
      itemId: tablets.id,
      unitPrice: usd(1005),
      purchaseUnit: 'BOX OF 10',
    });
    expect(
      await rejection(
        kernel.execute(SetSupplierPrice, { supplierId, itemId: tablets.id, unitPrice: usd(1), purchaseUnit: 'crate' }),
      ),
    ).toMatchObject({ status: 422, code: 'PURCHASE_UNIT_UNKNOWN' });
    const supplier = await kernel.ask(GetSupplier, { supplierId });
    expect(supplier.prices).toEqual([
      {
        item: expect.objectContaining({ id: tablets.id }),
        unitPrice: usd(1005),
        purchaseUnit: { unit: 'box of 10', unitsOfIssue: 10 },
        setAt: NOW,
      },
    ]);
    expect((await kernel.ask(GetItemCosts, { itemId: tablets.id })).supplierPrices).toEqual([
      {
        supplier: { id: supplierId, name: 'Demo Pharma Wholesale' },
        unitPrice: usd(1005),
        purchaseUnit: { unit: 'box of 10', unitsOfIssue: 10 },
        perUnitOfIssue: 100.5,
      },
    ]);
  });

  it('orders in boxes priced from the price list, receives in boxes and in tablets, valued exactly', async () => {
    const order = await kernel.execute(RaisePurchaseOrder, {
      supplierId,
      locationId: pharmacy.id,
      lines: [{ itemId: tablets.id, quantity: 3, purchaseUnit: 'box of 10' }],
    });
    expect((await kernel.ask(GetPurchaseOrder, { orderId: order.id })).lines).toEqual([
      expect.objectContaining({
        ordered: 30,
        outstanding: 30,
        purchaseUnit: { unit: 'box of 10', unitsOfIssue: 10, quantity: 3 },
        unitPrice: usd(1005),
        lineTotal: usd(3015),
      }),
    ]);

    // Two boxes without a cost on the delivery: the order's price per box, 2 × 10.05 = 20.10, exactly.
    await kernel.execute(ReceiveDelivery, {
      orderId: order.id,
      lines: [{ itemId: tablets.id, quantity: 2, purchaseUnit: 'box of 10', lot: 'P1', expiresOn: '2027-06-30' }],
    });
    expect(await valueAtPharmacy(tablets.id)).toMatchObject({ onHand: 20, value: usd(2010), averageUnitCost: 100.5 });
    const item = await kernel.ask(GetItem, { itemId: tablets.id });
    expect(item.stock[0]?.onHand).toBe(20);

    // The last box arrives opened, as 10 loose tablets: a tenth of a box each.
    const last = await kernel.execute(ReceiveDelivery, {
      orderId: order.id,
      lines: [{ itemId: tablets.id, quantity: 10, lot: 'P1', expiresOn: '2027-06-30' }],
    });
    expect(last.status).toBe('completed');
    expect(await valueAtPharmacy(tablets.id)).toMatchObject({ onHand: 30, value: usd(3015) });
  });

  it('takes a price given on the line over the list, and a cost given on the delivery over the order', async () => {
    const order = await kernel.execute(RaisePurchaseOrder, {
      supplierId,
      locationId: pharmacy.id,
      lines: [{ itemId: tablets.id, quantity: 10, unitPrice: usd(90) }],
    });
    expect((await kernel.ask(GetPurchaseOrder, { orderId: order.id })).lines[0]).toMatchObject({
      unitPrice: usd(90),
      purchaseUnit: null,
      lineTotal: usd(900),
    });
    await kernel.execute(ReceiveDelivery, {
      orderId: order.id,
      lines: [{ itemId: tablets.id, quantity: 4, lot: 'P2', expiresOn: '2027-09-30' }],
    });
    expect(await valueAtPharmacy(tablets.id)).toMatchObject({ onHand: 34, value: usd(3015 + 360) });
    await kernel.execute(ReceiveDelivery, {
      orderId: order.id,
      lines: [{ itemId: tablets.id, quantity: 6, lot: 'P2', expiresOn: '2027-09-30', unitCost: usd(80) }],
    });
    expect(await valueAtPharmacy(tablets.id)).toMatchObject({ onHand: 40, value: usd(3015 + 360 + 480) });
  });

  it('leaves a line unpriced when the list prices another unit, and a free-text supplier has no list', async () => {
    const inTablets = await kernel.execute(RaisePurchaseOrder, {
      supplierId,
      locationId: pharmacy.id,
      lines: [{ itemId: tablets.id, quantity: 7 }],
    });
    expect((await kernel.ask(GetPurchaseOrder, { orderId: inTablets.id })).lines[0]).toMatchObject({
      unitPrice: null,
      lineTotal: null,
    });
    const refused = await rejection(
      kernel.execute(RaisePurchaseOrder, {
        supplier: 'Corner pharmacy',
        locationId: pharmacy.id,
        lines: [{ itemId: tablets.id, quantity: 1, purchaseUnit: 'crate' }],
      }),
    );
    expect(refused).toMatchObject({ status: 422, code: 'PURCHASE_UNIT_UNKNOWN' });
  });
});
