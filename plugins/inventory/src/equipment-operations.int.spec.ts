import { createTestKernel, type TestKernel } from '@hms/sdk/testing';
import { DefineItem, DefineLocation, ReceiveStock } from './contracts/commands';
import { GetConsumption } from './contracts/consumption-queries';
import { ChangeAssetStatus, CompleteWorkOrder, OpenWorkOrder, RegisterAsset } from './contracts/equipment-commands';
import { GetAsset } from './contracts/equipment-queries';
import { RecordCalibration, UsePartsOnWorkOrder } from './contracts/maintenance-commands';
import { GetAssetMaintenanceRecord, GetEquipmentAvailability } from './contracts/maintenance-queries';
import { GetItem, type LocationView } from './contracts/queries';
import { assetStream } from './domain/asset/asset.stream';
import { checkCalibrationDueJob } from './jobs/check-calibration-due.job';
import { inventoryPlugin } from './plugin';

const NOW = '2026-03-02T08:00:00.000Z';
const DAY = 86_400_000;
const WARD = '0b7a3c1e-5f1a-4d2b-9c3e-000000000201';
const OTHER_WARD = '0b7a3c1e-5f1a-4d2b-9c3e-000000000203';
const BIOMED = '0b7a3c1e-5f1a-4d2b-9c3e-000000000202';

const rejection = (promise: Promise<unknown>): Promise<{ status?: number; code?: string }> =>
  promise.then(
    () => ({}),
    (error: { status?: number; code?: string }) => error,
  );

describe('calibration, parts on work orders and availability on the real kernel', () => {
  let kernel: TestKernel;
  let serials = 0;
  let engineer: { id: string };
  let store: LocationView;

  const register = async (locationId = WARD) =>
    kernel.execute(RegisterAsset, {
      serialNumber: `CAL-${++serials}`,
      model: 'Patient monitor M5',
      manufacturer: 'Demo Medical',
      locationId,
      ownerDepartmentId: BIOMED,
    });
  const availability = async (locationId = WARD) => (await kernel.ask(GetEquipmentAvailability, { locationId })).assets;
  const calibrationAlerts = async (assetId: string) =>
    (await kernel.notifications.list()).filter(
      (n) => n.kind === 'inventory.calibration-due' && n.subjectKey.startsWith(assetId),
    );

  beforeAll(async () => {
    kernel = await createTestKernel({ plugins: [inventoryPlugin], now: NOW });
    engineer = await kernel.notifications.addPerson({ roles: ['biomedical-engineer'], email: 'biomed@example.test' });
    store = await kernel.execute(DefineLocation, { code: 'BME', name: 'Biomedical parts store' });
  });
  afterAll(async () => kernel?.close());

  it('marks an asset out of service unavailable to the ward that uses it, and says so on its stream', async () => {
    const monitor = await register();
    const elsewhere = await register(OTHER_WARD);
    expect(await availability()).toEqual([expect.objectContaining({ id: monitor.id, available: true })]);

    await kernel.execute(ChangeAssetStatus, {
      assetId: monitor.id,
      status: 'out-of-service',
      reason: 'Cracked screen',
    });
    expect(await availability()).toEqual([
      expect.objectContaining({
        id: monitor.id,
        status: 'out-of-service',
        available: false,
        statusReason: 'Cracked screen',
      }),
    ]);
    expect((await availability(OTHER_WARD)).map((a) => [a.id, a.available])).toEqual([[elsewhere.id, true]]);
    const stream = await kernel.readStream(assetStream(monitor.id));
    expect(stream.map((e) => e.type)).toContain('inventory.EquipmentAvailabilityChanged');

    await kernel.execute(ChangeAssetStatus, { assetId: monitor.id, status: 'retired', reason: 'Beyond repair' });
    expect(await availability()).toEqual([]); // retired: no longer the ward's equipment
  });

  it('records calibrations, raises the calibration due alert once and clears it when calibrated again', async () => {
    const monitor = await register();
    await kernel.execute(RecordCalibration, {
      assetId: monitor.id,
      calibratedOn: '2026-03-01',
      result: 'pass',
      nextDueOn: '2026-03-20',
      certificateRef: 'CERT-0001',
    });
    const job = { pluginOptions: { calibrationDueDays: 14 } };
    await kernel.runJob(checkCalibrationDueJob, {}, job);
    expect(await calibrationAlerts(monitor.id)).toEqual([]); // 18 days away

    kernel.clock.advance(10 * DAY); // 8 days before it is due
    await kernel.runJob(checkCalibrationDueJob, {}, job);
    await kernel.runJob(checkCalibrationDueJob, {}, job);
    expect(await calibrationAlerts(monitor.id)).toMatchObject([
      {
        status: 'open',
        recipients: [engineer.id],
        link: `/inventory/equipment/${monitor.id}`,
        facts: { dueOn: '2026-03-20' },
      },
    ]);

    await kernel.execute(RecordCalibration, {
      assetId: monitor.id,
      calibratedOn: '2026-03-12',
      result: 'pass',
      nextDueOn: '2027-03-12',
      certificateRef: 'CERT-0002',
    });
    await kernel.runJob(checkCalibrationDueJob, {}, job);
    expect((await calibrationAlerts(monitor.id)).map((n) => n.status)).toEqual(['resolved']);
    const record = await kernel.ask(GetAssetMaintenanceRecord, { assetId: monitor.id });
    expect(record).toMatchObject({ calibrationDueOn: '2027-03-12', calibrationOverdue: false });
    expect(record.calibrations.map((c) => c.certificateRef)).toEqual(['CERT-0002', 'CERT-0001']);
  });

  it('takes a device that fails calibration out of service and refuses a calibration dated tomorrow', async () => {
    const monitor = await register();
    const tomorrow = new Date(Date.parse(kernel.clock.now()) + DAY).toISOString().slice(0, 10);
    expect(
      await rejection(
        kernel.execute(RecordCalibration, { assetId: monitor.id, calibratedOn: tomorrow, result: 'pass' }),
      ),
    ).toMatchObject({ status: 422, code: 'CALIBRATED_IN_FUTURE' });
    const today = kernel.clock.now().slice(0, 10);
    expect(
      await rejection(
        kernel.execute(RecordCalibration, {
          assetId: monitor.id,
          calibratedOn: today,
          result: 'pass',
          nextDueOn: today,
        }),
      ),
    ).toMatchObject({ status: 400 });
    expect((await kernel.ask(GetAssetMaintenanceRecord, { assetId: monitor.id })).calibrations).toEqual([]);

    const failed = await kernel.execute(RecordCalibration, {
      assetId: monitor.id,
      calibratedOn: today,
      result: 'fail',
      note: 'SpO2 reads 4 % high',
    });
    expect(failed).toMatchObject({ result: 'fail', status: 'out-of-service' });
    expect(await kernel.ask(GetAsset, { assetId: monitor.id })).toMatchObject({
      status: 'out-of-service',
      statusReason: 'Failed calibration',
    });
    expect((await availability()).find((a) => a.id === monitor.id)).toMatchObject({ available: false });
  });

  it('issues parts from a store on a work order in one command, valued on the work order and in consumption', async () => {
    const pump = await register();
    const battery = await kernel.execute(DefineItem, {
      code: 'BAT-P300',
      name: 'Pump battery pack',
      category: 'supply',
      unit: 'each',
    });
    const fuse = await kernel.execute(DefineItem, {
      code: 'FUSE-2A',
      name: 'Fuse 2 A',
      category: 'supply',
      unit: 'each',
    });
    await kernel.execute(ReceiveStock, {
      itemId: battery.id,
      locationId: store.id,
      quantity: 4,
      unitCost: { amount: 4500, currency: 'USD' },
    });
    await kernel.execute(ReceiveStock, {
      itemId: fuse.id,
      locationId: store.id,
      quantity: 1,
      unitCost: { amount: 50, currency: 'USD' },
    });
    const order = await kernel.execute(OpenWorkOrder, {
      assetId: pump.id,
      kind: 'corrective',
      description: 'Battery does not hold charge',
    });

    // Too few fuses: nothing is taken, not even the battery listed first.
    const short = await rejection(
      kernel.execute(UsePartsOnWorkOrder, {
        workOrderId: order.id,
        locationId: store.id,
        parts: [
          { itemId: battery.id, quantity: 1 },
          { itemId: fuse.id, quantity: 2 },
        ],
      }),
    );
    expect(short).toMatchObject({ status: 422, code: 'INSUFFICIENT_STOCK' });
    expect((await kernel.ask(GetItem, { itemId: battery.id })).stock[0]?.onHand).toBe(4);

    await kernel.execute(UsePartsOnWorkOrder, {
      workOrderId: order.id,
      locationId: store.id,
      parts: [
        { itemId: battery.id, quantity: 1 },
        { itemId: fuse.id, quantity: 1 },
      ],
      costCentre: 'CC-BME',
    });
    expect((await kernel.ask(GetItem, { itemId: battery.id })).stock[0]?.onHand).toBe(3);
    const record = await kernel.ask(GetAssetMaintenanceRecord, { assetId: pump.id });
    expect(record.parts.map((p) => [p.item.code, p.quantity, p.value, p.workOrderNumber])).toEqual(
      expect.arrayContaining([
        ['BAT-P300', 1, { amount: 4500, currency: 'USD' }, order.number],
        ['FUSE-2A', 1, { amount: 50, currency: 'USD' }, order.number],
      ]),
    );
    expect(record.partsTotals).toEqual([{ amount: 4550, currency: 'USD' }]);
    const today = kernel.clock.now().slice(0, 10);
    const used = await kernel.ask(GetConsumption, { from: today, to: today, costCentre: 'CC-BME' });
    expect(used.destinations).toMatchObject([
      { destination: 'Equipment maintenance', costCentre: 'CC-BME', totals: [{ amount: 4550, currency: 'USD' }] },
    ]);

    await kernel.execute(CompleteWorkOrder, { workOrderId: order.id, findings: 'Battery replaced' });
    expect(
      await rejection(
        kernel.execute(UsePartsOnWorkOrder, {
          workOrderId: order.id,
          locationId: store.id,
          parts: [{ itemId: battery.id, quantity: 1 }],
        }),
      ),
    ).toMatchObject({ status: 422, code: 'WORK_ORDER_CLOSED' });
    expect((await kernel.ask(GetItem, { itemId: battery.id })).stock[0]?.onHand).toBe(3);
  });
});
