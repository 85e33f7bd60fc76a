import { randomUUID } from 'node:crypto';
import { createTestKernel, type TestKernel } from '@hms/sdk/testing';
import { PrescribeMedication, StopMedication } from '@hms/plugin-ehr/contracts';
import ehrPlugin from '@hms/plugin-ehr';
import { DefineItem, DefineLocation, IssueStock, ReceiveStock, ReverseIssue } from './contracts/commands';
import { DispensePrescription, ReturnDispensedMedication } from './contracts/dispensing-commands';
import { PRESCRIPTION_DISPENSE } from './contracts/dispensing-permissions';
import { GetDispensing, ListPharmacyWorklist } from './contracts/dispensing-queries';
import { STOCK_READ } from './contracts/permissions';
import { GetItem, type ItemSummary, type LocationView } from './contracts/queries';
import { inventoryPlugin } from './plugin';

const NOW = '2026-03-02T08:00:00.000Z';
const PHARMACIST = { permissions: [PRESCRIPTION_DISPENSE.name, STOCK_READ.name], actorId: 'pharmacist-demo' };
const dosage = { dose: '500 mg', route: 'oral', frequency: 'three times daily' };

const rejection = (
  promise: Promise<unknown>,
): Promise<{ status?: number; code?: string; details?: Record<string, unknown> }> =>
  promise.then(
    () => ({}),
    (error: { status?: number; code?: string; details?: Record<string, unknown> }) => error,
  );

describe('pharmacy dispensing on the real kernel (inventory with the EHR)', () => {
  let kernel: TestKernel;
  let pharmacy: LocationView;
  let amoxicillin: ItemSummary;
  let codes = 0;

  const onHand = async (itemId: string): Promise<number> =>
    (await kernel.ask(GetItem, { itemId })).stock.find((s) => s.location.id === pharmacy.id)?.onHand ?? 0;
  const lots = async (itemId: string) =>
    (await kernel.ask(GetItem, { itemId })).stock
      .find((s) => s.location.id === pharmacy.id)
      ?.lots.map((l) => [l.lot, l.quantity]);
  const medicine = async (): Promise<ItemSummary> => {
    const item = await kernel.execute(DefineItem, {
      code: `AMOX-${++codes}`,
      name: 'Amoxicillin 500 mg capsule',
      category: 'medicine',
      unit: 'capsule',
      drugCode: { system: 'ATC', code: 'J01CA04' },
      formulary: true,
    });
    await kernel.execute(ReceiveStock, {
      itemId: item.id,
      locationId: pharmacy.id,
      quantity: 6,
      lot: 'B2',
      expiresOn: '2026-04-30',
    });
    await kernel.execute(ReceiveStock, {
      itemId: item.id,
      locationId: pharmacy.id,
      quantity: 30,
      lot: 'C3',
      expiresOn: '2027-01-31',
    });
    return item;
  };
  const prescribe = async (quantity?: number) => {
    const patientId = randomUUID();
    const order = await kernel.execute(PrescribeMedication, {
      patientId,
      medication: 'Amoxicillin 500 mg capsules',
      dosage,
      ...(quantity === undefined ? {} : { quantity }),
    });
    return { ...order, patientId };
  };

  beforeAll(async () => {
    kernel = await createTestKernel({ plugins: [ehrPlugin, inventoryPlugin], now: NOW });
    pharmacy = await kernel.execute(DefineLocation, { code: 'PHARM', name: 'Main pharmacy' });
  });
  afterAll(async () => kernel?.close());
  beforeEach(async () => {
    amoxicillin = await medicine();
  });

  it('puts a prescription on the worklist, dispenses it from two lots and takes it off once supplied', async () => {
    expect(amoxicillin).toMatchObject({ drugCode: { system: 'ATC', code: 'J01CA04' }, formulary: true });
    const order = await prescribe(10);
    const worklist = await kernel.ask(ListPharmacyWorklist, { status: 'to-dispense' }, PHARMACIST);
    expect(worklist.items).toContainEqual(
      expect.objectContaining({ prescriptionId: order.medicationId, prescribed: 10, dispensed: 0, outstanding: 10 }),
    );

    const first = await kernel.execute(
      DispensePrescription,
      { prescriptionId: order.medicationId, itemId: amoxicillin.id, locationId: pharmacy.id, quantity: 8 },
      PHARMACIST,
    );
    expect(first.lots).toEqual([
      { lot: 'B2', expiresOn: '2026-04-30', quantity: 6 },
      { lot: 'C3', expiresOn: '2027-01-31', quantity: 2 },
    ]);
    expect(first).toMatchObject({ dispensed: 8, outstanding: 2, stock: { onHand: 28 } });
    expect(await onHand(amoxicillin.id)).toBe(28);

    await kernel.execute(
      DispensePrescription,
      { prescriptionId: order.medicationId, itemId: amoxicillin.id, locationId: pharmacy.id, quantity: 2 },
      PHARMACIST,
    );
    const view = await kernel.ask(GetDispensing, { prescriptionId: order.medicationId }, PHARMACIST);
    expect(view.prescription).toMatchObject({ dispensed: 10, outstanding: 0 });
    expect(view.dispenses.map((d) => [d.quantity, d.dispensedBy])).toEqual([
      [8, 'pharmacist-demo'],
      [2, 'pharmacist-demo'],
    ]);
    const after = await kernel.ask(ListPharmacyWorklist, {}, PHARMACIST);
    expect(after.items.map((p) => p.prescriptionId)).not.toContain(order.medicationId);
  });

  it('refuses more than prescribed, more than in stock, and a stopped prescription, moving nothing', async () => {
    const order = await prescribe(40);
    const dispense = (quantity: number) =>
      kernel.execute(
        DispensePrescription,
        { prescriptionId: order.medicationId, itemId: amoxicillin.id, locationId: pharmacy.id, quantity },
        PHARMACIST,
      );
    expect(await rejection(dispense(37))).toMatchObject({ status: 422, code: 'INSUFFICIENT_STOCK' });
    await kernel.execute(ReceiveStock, {
      itemId: amoxicillin.id,
      locationId: pharmacy.id,
      quantity: 20,
      lot: 'D4',
      expiresOn: '2027-06-30',
    });
    expect(await rejection(dispense(41))).toMatchObject({
      status: 422,
      code: 'DISPENSE_EXCEEDS_PRESCRIPTION',
      details: { prescribed: 40, dispensed: 0, requested: 41 },
    });
    expect(await onHand(amoxicillin.id)).toBe(56);
    expect((await kernel.ask(GetDispensing, { prescriptionId: order.medicationId })).dispenses).toEqual([]);

    await kernel.execute(StopMedication, {
      patientId: order.patientId,
      medicationId: order.medicationId,
      reason: 'Rash',
    });
    expect(await rejection(dispense(1))).toMatchObject({ status: 422, code: 'PRESCRIPTION_STOPPED' });
    expect(
      await rejection(
        kernel.execute(DispensePrescription, {
          prescriptionId: randomUUID(),
          itemId: amoxicillin.id,
          locationId: pharmacy.id,
          quantity: 1,
        }),
      ),
    ).toMatchObject({ status: 404, code: 'PRESCRIPTION_NOT_FOUND' });
    expect(await onHand(amoxicillin.id)).toBe(56);
  });

  it('takes a return back into its lots, refuses more than is out, and keeps the dispense out of issue reversal', async () => {
    const order = await prescribe(10);
    const dispensed = await kernel.execute(
      DispensePrescription,
      { prescriptionId: order.medicationId, itemId: amoxicillin.id, locationId: pharmacy.id, quantity: 10 },
      PHARMACIST,
    );
    expect(await lots(amoxicillin.id)).toEqual([['C3', 26]]);
    const back = await kernel.execute(
      ReturnDispensedMedication,
      { prescriptionId: order.medicationId, dispenseId: dispensed.dispenseId, quantity: 5, reason: 'Discharged early' },
      PHARMACIST,
    );
    expect(back).toMatchObject({ dispensed: 5, outstanding: 5, stock: { onHand: 31 } });
    // The latest-expiring units come back first: four of C3, then one of B2, each to its own lot and expiry.
    expect(back.lots).toEqual([
      { lot: 'C3', expiresOn: '2027-01-31', quantity: 4 },
      { lot: 'B2', expiresOn: '2026-04-30', quantity: 1 },
    ]);
    expect(await lots(amoxicillin.id)).toEqual([
      ['B2', 1],
      ['C3', 30],
    ]);
    expect(
      await rejection(
        kernel.execute(
          ReturnDispensedMedication,
          { prescriptionId: order.medicationId, dispenseId: dispensed.dispenseId, quantity: 6, reason: 'Again' },
          PHARMACIST,
        ),
      ),
    ).toMatchObject({ status: 422, code: 'RETURN_EXCEEDS_DISPENSED' });
    expect(
      await rejection(kernel.execute(ReverseIssue, { issueId: dispensed.dispenseId, reason: 'Unused' })),
    ).toMatchObject({ status: 422, code: 'ISSUE_IS_A_DISPENSE' });
    expect(await onHand(amoxicillin.id)).toBe(31);
    const view = await kernel.ask(GetDispensing, { prescriptionId: order.medicationId });
    expect(view.prescription).toMatchObject({ dispensed: 5, returned: 5, outstanding: 5 });
    expect(view.dispenses[0]).toMatchObject({ quantity: 10, returned: 5 });
    expect(view.returns).toEqual([expect.objectContaining({ quantity: 5, reason: 'Discharged early' })]);
  });

  it('lets only one of two dispenses racing for the last of a prescription through', async () => {
    const order = await prescribe(10);
    const dispense = () =>
      kernel.execute(
        DispensePrescription,
        { prescriptionId: order.medicationId, itemId: amoxicillin.id, locationId: pharmacy.id, quantity: 6 },
        PHARMACIST,
      );
    const outcomes = await Promise.allSettled([dispense(), dispense()]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(['fulfilled', 'rejected']);
    const refused = outcomes.find((o) => o.status === 'rejected') as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({ code: 'DISPENSE_EXCEEDS_PRESCRIPTION' });
    expect(await onHand(amoxicillin.id)).toBe(30);
    expect((await kernel.ask(GetDispensing, { prescriptionId: order.medicationId })).prescription).toMatchObject({
      dispensed: 6,
      outstanding: 4,
    });
  });

  it('dispenses only a medicine, and only with the pharmacy permission', async () => {
    const order = await prescribe(10);
    const gloves = await kernel.execute(DefineItem, {
      code: `GLV-${++codes}`,
      name: 'Gloves',
      category: 'supply',
      unit: 'box',
    });
    await kernel.execute(ReceiveStock, { itemId: gloves.id, locationId: pharmacy.id, quantity: 5 });
    const request = { prescriptionId: order.medicationId, itemId: gloves.id, locationId: pharmacy.id, quantity: 1 };
    expect(await rejection(kernel.execute(DispensePrescription, request))).toMatchObject({
      status: 422,
      code: 'ITEM_NOT_A_MEDICINE',
    });
    expect(
      await rejection(
        kernel.execute(
          DispensePrescription,
          { ...request, itemId: amoxicillin.id },
          { permissions: [STOCK_READ.name] },
        ),
      ),
    ).toMatchObject({ status: 403 });
    expect(
      await rejection(
        kernel.execute(
          IssueStock,
          { itemId: gloves.id, locationId: pharmacy.id, quantity: 1, issuedTo: 'W' },
          { permissions: [STOCK_READ.name] },
        ),
      ),
    ).toMatchObject({ status: 403 });
    expect(await onHand(amoxicillin.id)).toBe(36);
  });
});
