import { createTestKernel, type TestKernel } from '@hms/sdk/testing';
import {
  CancelPurchaseOrder,
  DefineItem,
  DefineLocation,
  RaisePurchaseOrder,
  ReceiveDelivery,
  ReceiveStock,
  SetReorderLevel,
  WriteOffStock,
} from '../contracts/commands';
import type { LocationView } from '../contracts/queries';
import { inventoryPlugin } from '../plugin';
import { checkExpiredStockJob } from './check-expired-stock.job';
import { checkExpiringLotsJob } from './check-expiring-lots.job';
import { checkLowStockJob } from './check-low-stock.job';
import { checkOverdueOrdersJob } from './check-overdue-orders.job';

const NOW = '2026-03-02T08:00:00.000Z';
const DAY = 86_400_000;

describe('the stores alert jobs', () => {
  let kernel: TestKernel;
  let store: LocationView;
  let storekeeper: { id: string };
  let codes = 0;

  const item = async () =>
    kernel.execute(DefineItem, {
      code: `A-${++codes}`,
      name: 'Sodium chloride 0.9% 500 ml',
      category: 'medicine',
      unit: 'bag',
    });
  const ofKind = async (kind: string, subjectPart: string) =>
    (await kernel.notifications.list()).filter((n) => n.kind === kind && n.subjectKey.includes(subjectPart));

  beforeAll(async () => {
    kernel = await createTestKernel({ plugins: [inventoryPlugin], now: NOW });
    store = await kernel.execute(DefineLocation, { code: 'MAIN', name: 'Main store' });
    storekeeper = await kernel.notifications.addPerson({ roles: ['storekeeper'], email: 'stores@example.test' });
  });
  afterAll(async () => kernel?.close());

  it('raises low stock once for the store and item, and clears it after a delivery restores the stock', async () => {
    const saline = await item();
    await kernel.execute(SetReorderLevel, {
      itemId: saline.id,
      locationId: store.id,
      reorderLevel: 20,
      reorderQuantity: 100,
    });
    await kernel.runJob(checkLowStockJob, {});
    await kernel.runJob(checkLowStockJob, {});
    const raised = await ofKind('inventory.low-stock', saline.id);
    expect(raised).toHaveLength(1);
    expect(raised[0]).toMatchObject({
      status: 'open',
      subjectKey: `${store.id}:${saline.id}`,
      audience: { role: 'storekeeper' },
      recipients: [storekeeper.id],
      facts: { onHand: 0, reorderLevel: 20 },
    });
    expect((await kernel.notifications.inbox(storekeeper.id)).filter((n) => n.unread)).toHaveLength(1);
    // The storekeeper asked for nothing special: the kind goes by e-mail by default, once.
    await kernel.notifications.deliver();
    const mails = (await kernel.notifications.deliver()).filter((m) => m.body.includes(raised[0]!.code));
    expect(mails).toHaveLength(1);

    const order = await kernel.execute(RaisePurchaseOrder, {
      supplier: 'Demo supplies',
      locationId: store.id,
      lines: [{ itemId: saline.id, quantity: 100 }],
    });
    await kernel.execute(ReceiveDelivery, {
      orderId: order.id,
      deliveryNote: 'DN-7',
      lines: [{ itemId: saline.id, quantity: 100, lot: 'L-1', expiresOn: '2028-01-31' }],
    });
    await kernel.runJob(checkLowStockJob, {});
    expect((await ofKind('inventory.low-stock', saline.id)).map((n) => n.status)).toEqual(['resolved']);
    expect((await kernel.notifications.inbox(storekeeper.id)).filter((n) => n.unread)).toEqual([]);
  });

  it('announces a lot crossing the expiry horizon once, then as expired, and clears it when written off', async () => {
    const drops = await item();
    await kernel.execute(ReceiveStock, {
      itemId: drops.id,
      locationId: store.id,
      quantity: 10,
      lot: 'EXP-1',
      expiresOn: '2026-04-15',
    });
    const horizon = { pluginOptions: { expiryHorizonDays: 30 } };
    await kernel.runJob(checkExpiringLotsJob, {}, horizon);
    expect(await ofKind('inventory.lot-expiring', drops.id)).toEqual([]); // 44 days away
    kernel.clock.advance(15 * DAY); // 29 days before expiry: inside the horizon
    await kernel.runJob(checkExpiringLotsJob, {}, horizon);
    await kernel.runJob(checkExpiringLotsJob, {}, horizon);
    expect(await ofKind('inventory.lot-expiring', drops.id)).toMatchObject([
      { status: 'open', facts: { lot: 'EXP-1', expiresOn: '2026-04-15', quantity: 10 } },
    ]);

    kernel.clock.advance(30 * DAY); // past expiry, still on the shelf
    await kernel.runJob(checkExpiringLotsJob, {}, horizon);
    await kernel.runJob(checkExpiredStockJob, {});
    expect((await ofKind('inventory.lot-expiring', drops.id)).map((n) => n.status)).toEqual(['resolved']);
    expect((await ofKind('inventory.expired-stock', drops.id)).map((n) => n.status)).toEqual(['open']);

    await kernel.execute(WriteOffStock, {
      itemId: drops.id,
      locationId: store.id,
      lot: 'EXP-1',
      quantity: 10,
      reason: 'expired',
    });
    await kernel.runJob(checkExpiredStockJob, {});
    expect((await ofKind('inventory.expired-stock', drops.id)).map((n) => n.status)).toEqual(['resolved']);
  });

  it('flags a purchase order still open past the overdue days, and clears it when it is cancelled', async () => {
    const gauze = await item();
    const order = await kernel.execute(RaisePurchaseOrder, {
      supplier: 'Slow supplies',
      locationId: store.id,
      lines: [{ itemId: gauze.id, quantity: 50 }],
    });
    await kernel.runJob(checkOverdueOrdersJob, {}, { pluginOptions: { orderOverdueDays: 7 } });
    expect(await ofKind('inventory.order-overdue', order.id)).toEqual([]);
    kernel.clock.advance(8 * DAY);
    await kernel.runJob(checkOverdueOrdersJob, {}, { pluginOptions: { orderOverdueDays: 7 } });
    expect(await ofKind('inventory.order-overdue', order.id)).toMatchObject([
      { status: 'open', link: `/inventory/orders/${order.id}`, facts: { number: order.number } },
    ]);
    await kernel.execute(CancelPurchaseOrder, { orderId: order.id, reason: 'Supplier cannot deliver' });
    await kernel.runJob(checkOverdueOrdersJob, {}, { pluginOptions: { orderOverdueDays: 7 } });
    expect((await ofKind('inventory.order-overdue', order.id)).map((n) => n.status)).toEqual(['resolved']);
  });
});
