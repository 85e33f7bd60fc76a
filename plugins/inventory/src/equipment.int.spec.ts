import { createTestKernel, type TestKernel } from '@hms/sdk/testing';
import {
  ChangeAssetStatus,
  CompleteWorkOrder,
  OpenWorkOrder,
  RegisterAsset,
  ScheduleMaintenance,
} from './contracts/equipment-commands';
import { GetAsset, ListAssets } from './contracts/equipment-queries';
import { checkEquipmentMaintenanceJob } from './jobs/check-equipment-maintenance.job';
import { assetStream } from './domain/asset/asset.stream';
import { inventoryPlugin } from './plugin';

const NOW = '2026-03-02T08:00:00.000Z';
const DAY = 86_400_000;
const WARD = '0b7a3c1e-5f1a-4d2b-9c3e-000000000101';
const BIOMED = '0b7a3c1e-5f1a-4d2b-9c3e-000000000102';

const rejection = (promise: Promise<unknown>): Promise<{ status?: number; code?: string }> =>
  promise.then(
    () => ({}),
    (error: { status?: number; code?: string }) => error,
  );

describe('the equipment register on the real kernel', () => {
  let kernel: TestKernel;
  let serials = 0;
  let engineer: { id: string };

  const register = async (extra: { warrantyEndsOn?: string } = {}) =>
    kernel.execute(RegisterAsset, {
      serialNumber: `SN-${++serials}`,
      model: 'Infusion pump P300',
      manufacturer: 'Demo Medical',
      locationId: WARD,
      ownerDepartmentId: BIOMED,
      purchasedOn: '2025-01-15',
      purchaseCost: { amount: 125_000, currency: 'USD' },
      ...extra,
    });
  const listed = async (assetId: string, flagged?: 'true') =>
    (await kernel.ask(ListAssets, flagged ? { flagged } : {})).items.find((a) => a.id === assetId);
  const alerts = async (kind: string, assetId: string) =>
    (await kernel.notifications.list()).filter((n) => n.kind === kind && n.subjectKey.startsWith(assetId));

  beforeAll(async () => {
    kernel = await createTestKernel({ plugins: [inventoryPlugin], now: NOW });
    engineer = await kernel.notifications.addPerson({ roles: ['biomedical-engineer'], email: 'biomed@example.test' });
  });
  afterAll(async () => kernel?.close());

  it('registers an asset in service and refuses its serial number twice for one manufacturer', async () => {
    const pump = await register();
    expect(await kernel.ask(GetAsset, { assetId: pump.id })).toMatchObject({
      status: 'in-service',
      purchaseCost: { amount: 125_000, currency: 'USD' },
      flags: [],
      plans: [],
      workOrders: [],
    });
    const again = await rejection(
      kernel.execute(RegisterAsset, {
        serialNumber: `sn-${serials}`,
        model: 'Infusion pump P300',
        manufacturer: 'DEMO MEDICAL',
        locationId: WARD,
        ownerDepartmentId: BIOMED,
      }),
    );
    expect(again).toMatchObject({ status: 409, code: 'ASSET_SERIAL_TAKEN' });
  });

  it('flags an asset out of service in the list, keeps the reasons, and retires it for good', async () => {
    const pump = await register();
    await kernel.execute(ChangeAssetStatus, {
      assetId: pump.id,
      status: 'out-of-service',
      reason: 'Door latch broken',
    });
    expect(await listed(pump.id, 'true')).toMatchObject({
      flags: ['out-of-service'],
      statusReason: 'Door latch broken',
    });
    await kernel.execute(ChangeAssetStatus, { assetId: pump.id, status: 'retired', reason: 'Beyond economic repair' });
    expect(await listed(pump.id, 'true')).toBeUndefined();
    const view = await kernel.ask(GetAsset, { assetId: pump.id });
    expect(view.statusHistory.map((h) => [h.from, h.to, h.reason])).toEqual([
      ['out-of-service', 'retired', 'Beyond economic repair'],
      ['in-service', 'out-of-service', 'Door latch broken'],
    ]);
    expect(
      await rejection(kernel.execute(ChangeAssetStatus, { assetId: pump.id, status: 'in-service', reason: 'Fixed' })),
    ).toMatchObject({ status: 422, code: 'ASSET_RETIRED' });
  });

  it('raises maintenance due once, flags it overdue, and clears it when the preventive work order is done', async () => {
    const pump = await register();
    const plan = await kernel.execute(ScheduleMaintenance, {
      assetId: pump.id,
      name: 'Electrical safety test',
      intervalDays: 180,
      firstDueOn: '2026-03-20',
    });
    const job = { pluginOptions: { maintenanceDueDays: 7 } };
    await kernel.runJob(checkEquipmentMaintenanceJob, {}, job);
    expect(await alerts('inventory.maintenance-due', pump.id)).toEqual([]); // 18 days away

    kernel.clock.advance(12 * DAY); // 6 days before it is due
    await kernel.runJob(checkEquipmentMaintenanceJob, {}, job);
    kernel.clock.advance(7 * DAY); // the day after it was due: overdue, still the one alert
    await kernel.runJob(checkEquipmentMaintenanceJob, {}, job);
    const raised = await alerts('inventory.maintenance-due', pump.id);
    expect(raised).toMatchObject([
      {
        status: 'open',
        subjectKey: `${pump.id}:${plan.planId}`,
        recipients: [engineer.id],
        link: `/inventory/equipment/${pump.id}`,
        facts: { dueOn: '2026-03-20' },
      },
    ]);
    expect(await listed(pump.id)).toMatchObject({ nextMaintenanceDueOn: '2026-03-20', flags: ['maintenance-overdue'] });

    const order = await kernel.execute(OpenWorkOrder, {
      assetId: pump.id,
      kind: 'preventive',
      planId: plan.planId,
      description: 'Six-monthly electrical safety test',
      assignedTo: 'Biomed team A',
    });
    await kernel.runJob(checkEquipmentMaintenanceJob, {}, job);
    expect((await alerts('inventory.maintenance-due', pump.id)).map((n) => n.status)).toEqual(['open']);

    const done = await kernel.execute(CompleteWorkOrder, { workOrderId: order.id, findings: 'Within limits' });
    expect(done).toEqual({ id: order.id, status: 'done', nextDueOn: '2026-09-17' });
    await kernel.runJob(checkEquipmentMaintenanceJob, {}, job);
    expect((await alerts('inventory.maintenance-due', pump.id)).map((n) => n.status)).toEqual(['resolved']);
    const view = await kernel.ask(GetAsset, { assetId: pump.id });
    expect(view.flags).toEqual([]);
    expect(view.plans).toMatchObject([{ lastDoneOn: '2026-03-21', nextDueOn: '2026-09-17', overdue: false }]);
    expect(view.workOrders).toMatchObject([{ number: order.number, status: 'done', findings: 'Within limits' }]);
    expect(
      await rejection(kernel.execute(CompleteWorkOrder, { workOrderId: order.id, findings: 'Again' })),
    ).toMatchObject({ status: 422, code: 'WORK_ORDER_CLOSED' });
  });

  it('announces a warranty ending within the horizon once, and not for a retired asset', async () => {
    const today = kernel.clock.now().slice(0, 10);
    const ending = new Date(Date.parse(`${today}T00:00:00Z`) + 30 * DAY).toISOString().slice(0, 10);
    const pump = await register({ warrantyEndsOn: ending });
    const retired = await register({ warrantyEndsOn: ending });
    await kernel.execute(ChangeAssetStatus, { assetId: retired.id, status: 'retired', reason: 'Replaced' });
    const job = { pluginOptions: { warrantyHorizonDays: 60 } };
    await kernel.runJob(checkEquipmentMaintenanceJob, {}, job);
    await kernel.runJob(checkEquipmentMaintenanceJob, {}, job);
    expect(await alerts('inventory.warranty-ending', pump.id)).toMatchObject([
      { status: 'open', facts: { warrantyEndsOn: ending } },
    ]);
    expect(await alerts('inventory.warranty-ending', retired.id)).toEqual([]);
  });

  it('refuses a preventive work order for a plan the asset does not have', async () => {
    const pump = await register();
    const refused = await rejection(
      kernel.execute(OpenWorkOrder, {
        assetId: pump.id,
        kind: 'preventive',
        planId: '0b7a3c1e-5f1a-4d2b-9c3e-000000000999',
        description: 'Calibration',
      }),
    );
    expect(refused).toMatchObject({ status: 404, code: 'MAINTENANCE_PLAN_NOT_FOUND' });
    expect((await kernel.ask(GetAsset, { assetId: pump.id })).workOrders).toEqual([]);
  });

  it('completes a work order once when four engineers complete it at once, and registers a serial number once', async () => {
    // Four transactions writing at once, so the completions race on the streams' versions, not only in one batch.
    const racing = await createTestKernel({ plugins: [inventoryPlugin], now: NOW, commandLanes: 4 });
    try {
      const registration = {
        serialNumber: 'RACE-1',
        model: 'Defibrillator D2',
        manufacturer: 'Demo Medical',
        locationId: WARD,
        ownerDepartmentId: BIOMED,
      };
      const registered = await Promise.all(
        Array.from({ length: 4 }, () => rejection(racing.execute(RegisterAsset, registration))),
      );
      expect(registered.filter((r) => r.code === undefined)).toHaveLength(1);
      expect(registered.filter((r) => r.code === 'ASSET_SERIAL_TAKEN')).toHaveLength(3);

      const [pump] = (await racing.ask(ListAssets, { q: 'RACE-1' })).items;
      const plan = await racing.execute(ScheduleMaintenance, {
        assetId: pump!.id,
        name: 'Battery check',
        intervalDays: 30,
        firstDueOn: '2026-03-02',
      });
      const order = await racing.execute(OpenWorkOrder, {
        assetId: pump!.id,
        kind: 'preventive',
        planId: plan.planId,
        description: 'Monthly battery check',
      });
      const outcomes = await Promise.all(
        Array.from({ length: 4 }, () =>
          rejection(racing.execute(CompleteWorkOrder, { workOrderId: order.id, findings: 'Battery holds charge' })),
        ),
      );
      expect(outcomes.filter((o) => o.code === undefined)).toHaveLength(1);
      expect(outcomes.filter((o) => o.code === 'WORK_ORDER_CLOSED')).toHaveLength(3);
      const stream = await racing.readStream(assetStream(pump!.id));
      expect(stream.filter((e) => e.type === 'inventory.PreventiveMaintenanceDone')).toHaveLength(1);
      expect((await racing.ask(GetAsset, { assetId: pump!.id })).plans).toMatchObject([{ nextDueOn: '2026-04-01' }]);
    } finally {
      await racing.close();
    }
  });
});
