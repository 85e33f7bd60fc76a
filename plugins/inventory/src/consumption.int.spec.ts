import { createTestKernel, type TestKernel } from '@hms/sdk/testing';
import {
  DefineItem,
  DefineLocation,
  IssueStock,
  ReceiveStock,
  ReverseIssue,
  TransferStock,
} from './contracts/commands';
import { GetConsumption } from './contracts/consumption-queries';
import { GetStockValue } from './contracts/equipment-queries';
import type { ItemSummary, LocationView } from './contracts/queries';
import { inventoryPlugin } from './plugin';

const NOW = '2026-03-02T08:00:00.000Z';
const DAY = 24 * 60 * 60 * 1000;
const PATIENT = '6a1f2c3d-0000-4000-8000-00000000a001';

describe('consumption per ward and cost centre on the real kernel', () => {
  let kernel: TestKernel;
  let store: LocationView;
  let ward: LocationView;
  let gauze: ItemSummary;
  let saline: ItemSummary;

  const march = (extra: { locationId?: string; costCentre?: string } = {}) =>
    kernel.ask(GetConsumption, { from: '2026-03-01', to: '2026-03-31', ...extra });

  beforeAll(async () => {
    kernel = await createTestKernel({ plugins: [inventoryPlugin], now: NOW });
    store = await kernel.execute(DefineLocation, { code: 'MAIN', name: 'Main store' });
    ward = await kernel.execute(DefineLocation, { code: 'W1', name: 'Ward 1 store' });
    gauze = await kernel.execute(DefineItem, { code: 'C-1', name: 'Gauze swab', category: 'supply', unit: 'pack' });
    saline = await kernel.execute(DefineItem, { code: 'C-2', name: 'Saline bag', category: 'supply', unit: 'bag' });
    const cost = (amount: number) => ({ amount, currency: 'USD' });
    await kernel.execute(ReceiveStock, { itemId: gauze.id, locationId: store.id, quantity: 10, unitCost: cost(100) });
    await kernel.execute(ReceiveStock, { itemId: gauze.id, locationId: store.id, quantity: 20, unitCost: cost(130) });
    await kernel.execute(ReceiveStock, { itemId: saline.id, locationId: store.id, quantity: 9, unitCost: cost(333) });
  });
  afterAll(async () => kernel?.close());

  it('sums issues per destination, cost centre and item at the value that left the shelf; transfers are not consumed', async () => {
    const issue = { locationId: store.id, issuedTo: 'Ward 3', costCentre: 'CC-4100' };
    await kernel.execute(IssueStock, { ...issue, itemId: gauze.id, quantity: 5 });
    await kernel.execute(IssueStock, { ...issue, itemId: gauze.id, quantity: 3 });
    await kernel.execute(IssueStock, { ...issue, itemId: saline.id, quantity: 2 });
    await kernel.execute(IssueStock, { itemId: gauze.id, locationId: store.id, quantity: 1, issuedTo: 'Theatre 2' });
    await kernel.execute(TransferStock, {
      itemId: gauze.id,
      fromLocationId: store.id,
      toLocationId: ward.id,
      quantity: 4,
    });

    const { destinations, method } = await march();
    expect(method).toBe('weighted-average');
    // Gauze averages (10 × 100 + 20 × 130) / 30 = 120 a pack; saline 333 a bag.
    expect(destinations).toEqual([
      {
        destination: 'Theatre 2',
        costCentre: null,
        totals: [{ amount: 120, currency: 'USD' }],
        items: [
          { item: expect.objectContaining({ id: gauze.id }), quantity: 1, value: { amount: 120, currency: 'USD' } },
        ],
      },
      {
        destination: 'Ward 3',
        costCentre: 'CC-4100',
        totals: [{ amount: 1626, currency: 'USD' }],
        items: [
          { item: expect.objectContaining({ id: gauze.id }), quantity: 8, value: { amount: 960, currency: 'USD' } },
          { item: expect.objectContaining({ id: saline.id }), quantity: 2, value: { amount: 666, currency: 'USD' } },
        ],
      },
    ]);
    expect((await march({ costCentre: 'CC-4100' })).destinations.map((d) => d.destination)).toEqual(['Ward 3']);
    expect((await march({ locationId: ward.id })).destinations).toEqual([]);
  });

  it('takes a reversed issue to a patient out of the consumption on the day of the reversal, at the value it left at', async () => {
    const issued = await kernel.execute(IssueStock, {
      itemId: saline.id,
      locationId: store.id,
      quantity: 3,
      issuedTo: 'Emergency',
      costCentre: 'CC-ED',
      patientId: PATIENT,
    });
    const before = await march({ costCentre: 'CC-ED' });
    expect(before.destinations[0]).toMatchObject({
      destination: 'Emergency',
      totals: [{ amount: 999, currency: 'USD' }],
    });
    const valueBefore = (await kernel.ask(GetStockValue, { locationId: store.id })).stores[0]?.items.find(
      (i) => i.item.id === saline.id,
    );

    kernel.clock.advance(31 * DAY); // reversed in April: March's figures stay as they were
    await kernel.execute(ReverseIssue, { issueId: issued.issueId ?? '', reason: 'returned unused' });
    expect((await march({ costCentre: 'CC-ED' })).destinations[0]?.totals).toEqual([{ amount: 999, currency: 'USD' }]);
    const april = await kernel.ask(GetConsumption, { from: '2026-04-01', to: '2026-04-30', costCentre: 'CC-ED' });
    expect(april.destinations[0]).toMatchObject({
      destination: 'Emergency',
      items: [{ quantity: -3, value: { amount: -999, currency: 'USD' } }],
    });
    // The stock and its value are back as they were before the issue.
    const valueAfter = (await kernel.ask(GetStockValue, { locationId: store.id })).stores[0]?.items.find(
      (i) => i.item.id === saline.id,
    );
    expect(valueAfter).toMatchObject({
      onHand: (valueBefore?.onHand ?? 0) + 3,
      value: { amount: (valueBefore?.value.amount ?? 0) + 999, currency: 'USD' },
    });
  });

  it('rebuilds consumption and the stock value to the same figures from the events', async () => {
    const april = { from: '2026-03-01', to: '2026-04-30' };
    const before = {
      consumption: await kernel.ask(GetConsumption, april),
      value: await kernel.ask(GetStockValue, {}),
    };
    expect(before.consumption.destinations.length).toBeGreaterThan(0);
    expect((await kernel.rebuildProjection('inventory.stock-value')).events).toBeGreaterThan(0);
    expect(await kernel.ask(GetConsumption, april)).toEqual(before.consumption);
    expect(await kernel.ask(GetStockValue, {})).toEqual(before.value);
  });

  it('refuses a period that ends before it starts', async () => {
    await expect(kernel.ask(GetConsumption, { from: '2026-03-31', to: '2026-03-01' })).rejects.toMatchObject({
      status: 400,
    });
  });
});
