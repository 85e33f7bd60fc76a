import { createTestKernel, type TestKernel } from '@hms/sdk/testing';
import { inventoryPlugin } from '@hms/plugin-inventory';
import { DefineItem, DefineLocation, ReceiveStock, STOCK_READ } from '@hms/plugin-inventory/contracts';
import { patientPlugin } from '@hms/plugin-patient';
import { CreatePriceList, DefineService, SetPrice } from './contracts/catalogue-commands';
import { GetServiceMargin } from './contracts/margin-queries';
import { CATALOGUE_READ } from './contracts/permissions';
import { billingPlugin } from './plugin';

const KES = (amount: number) => ({ amount, currency: 'KES' as const });

/**
 * Billing reads what the stores pay for an item through inventory's published `GetItemCosts`, as the asking user,
 * and shows each payer's price beside it with the margin; without inventory, or without the right to see the
 * stores' costs, the prices still show and the screen is told why the costs do not.
 */
describe('a stores item priced against what the stores pay', () => {
  let kernel: TestKernel;

  beforeAll(async () => {
    kernel = await createTestKernel({
      plugins: [patientPlugin, inventoryPlugin, billingPlugin],
      now: '2026-03-02T08:00:00.000Z',
    });
    const item = await kernel.execute(DefineItem, {
      code: 'CEF-1G',
      name: 'Ceftriaxone 1 g',
      category: 'medicine',
      unit: 'vial',
    });
    const main = await kernel.execute(DefineLocation, { code: 'MAIN', name: 'Main store' });
    const ward = await kernel.execute(DefineLocation, { code: 'W3A', name: 'Ward 3A store' });
    // Two deliveries to the ward at different costs: its weighted average is 325.00 a vial, the main store's 300.00.
    const receive = (locationId: string, quantity: number, cost: number, lot: string) =>
      kernel.execute(ReceiveStock, {
        itemId: item.id,
        locationId,
        quantity,
        lot,
        expiresOn: '2027-12-31',
        unitCost: KES(cost),
      });
    await receive(main.id, 40, 30_000, 'M1');
    await receive(ward.id, 10, 30_000, 'W1');
    await receive(ward.id, 10, 35_000, 'W2');
    await kernel.execute(DefineService, {
      serviceCode: 'STK-CEF',
      name: 'Ceftriaxone 1 g vial',
      category: 'stock-item',
      stockItemId: item.id,
    });
    await kernel.execute(DefineService, { serviceCode: 'CONS', name: 'Consultation', category: 'consultation' });
    const selfPay = await kernel.execute(CreatePriceList, {
      name: 'Self-pay',
      payer: { kind: 'self-pay' },
      currency: 'KES',
    });
    await kernel.execute(SetPrice, {
      priceListId: selfPay.priceListId,
      serviceCode: 'STK-CEF',
      unitPrice: KES(45_000),
      validFrom: '2026-01-01',
    });
  });
  afterAll(async () => kernel?.close());

  it("shows each price in force with its margin over the dearest store's average cost", async () => {
    const margin = await kernel.ask(GetServiceMargin, { serviceCode: 'STK-CEF' });
    expect(margin.costsUnavailable).toBeNull();
    expect(margin.costs?.stores).toEqual(
      expect.arrayContaining([
        { locationCode: 'MAIN', locationName: 'Main store', averageUnitCost: 30_000, currency: 'KES' },
        { locationCode: 'W3A', locationName: 'Ward 3A store', averageUnitCost: 32_500, currency: 'KES' },
      ]),
    );
    expect(margin.prices).toEqual([
      expect.objectContaining({
        priceListName: 'Self-pay',
        amount: 45_000,
        currency: 'KES',
        marginOverCost: 12_500,
        marginBasisPoints: 2_778,
      }),
    ]);
  });

  it('still shows the prices to someone who may not see the stores costs, and says why the costs are missing', async () => {
    const margin = await kernel.ask(
      GetServiceMargin,
      { serviceCode: 'STK-CEF' },
      { permissions: [CATALOGUE_READ.name] },
    );
    expect(margin.costs).toBeNull();
    expect(margin.costsUnavailable).toBe('no-permission');
    expect(margin.prices).toEqual([expect.objectContaining({ amount: 45_000, marginOverCost: null })]);
    // With the stores' right too, the same user sees the costs.
    const both = await kernel.ask(
      GetServiceMargin,
      { serviceCode: 'STK-CEF' },
      { permissions: [CATALOGUE_READ.name, STOCK_READ.name] },
    );
    expect(both.costs).not.toBeNull();
  });

  it('refuses a service that charges no stores item, and an unknown one', async () => {
    await expect(kernel.ask(GetServiceMargin, { serviceCode: 'CONS' })).rejects.toMatchObject({
      code: 'NOT_A_STOCK_ITEM_SERVICE',
    });
    await expect(kernel.ask(GetServiceMargin, { serviceCode: 'NOPE' })).rejects.toMatchObject({
      code: 'SERVICE_NOT_FOUND',
    });
  });
});

describe('a stores item priced without the inventory plugin', () => {
  it('shows the prices and says inventory is not enabled', async () => {
    const kernel = await createTestKernel({ plugins: [patientPlugin, billingPlugin], now: '2026-03-02T08:00:00.000Z' });
    try {
      await kernel.execute(DefineService, {
        serviceCode: 'STK-X',
        name: 'An item',
        category: 'stock-item',
        stockItemId: '7b0f6f3e-2f7a-4d7e-9a39-0c7a4c1f2d11',
      });
      const margin = await kernel.ask(GetServiceMargin, { serviceCode: 'STK-X' });
      expect(margin).toMatchObject({ costs: null, costsUnavailable: 'inventory-not-enabled', prices: [] });
    } finally {
      await kernel.close();
    }
  });
});
