import { randomUUID } from 'node:crypto';
import { createTestKernel, type TestKernel } from '@hms/sdk/testing';
import { ehrPlugin } from '@hms/plugin-ehr';
import { OpenEncounter, PrescribeMedication } from '@hms/plugin-ehr/contracts';
import { inventoryPlugin } from '@hms/plugin-inventory';
import {
  DefineItem,
  DefineLocation,
  DispensePrescription,
  IssueStock,
  ReceiveStock,
  ReturnDispensedMedication,
  ReverseIssue,
} from '@hms/plugin-inventory/contracts';
import { patientPlugin } from '@hms/plugin-patient';
import { RegisterPatient } from '@hms/plugin-patient/contracts';
import { RegisterCoverage } from './contracts/account-commands';
import { SetChargeRule } from './contracts/capture';
import { CreatePriceList, DefineService, SetPrice } from './contracts/catalogue-commands';
import { GetAccount } from './contracts/queries';
import { billingPlugin } from './plugin';

/** Monday 2 March 2026, 08:00 UTC. */
const NOW = '2026-03-02T08:00:00.000Z';
const KES = (amount: number) => ({ amount, currency: 'KES' as const });

/**
 * Charge capture from the stores (inventory 1.1: issues to a patient and their reversal) and from encounters the
 * EHR opened by hand, through their published events, on the real kernel.
 */
describe('billing captures stock issued to a patient and encounters opened in the EHR', () => {
  let kernel: TestKernel;
  let store: { id: string };
  let registered = 0;
  const insurerId = randomUUID();

  const register = async (): Promise<string> =>
    (
      await kernel.execute(RegisterPatient, {
        givenName: 'Neema',
        familyName: `Stores${++registered}`,
        birthDate: `1970-01-${String(registered).padStart(2, '0')}`,
        gender: 'female',
      })
    ).id;
  const charges = async (patientId: string) => (await kernel.ask(GetAccount, { patientId })).charges;
  const stocked = async (code: string, serviceCode: string, selfPay: number, insurer: number) => {
    const item = await kernel.execute(DefineItem, { code, name: code, category: 'medicine', unit: 'vial' });
    await kernel.execute(ReceiveStock, {
      itemId: item.id,
      locationId: store.id,
      quantity: 50,
      lot: `${code}-L1`,
      expiresOn: '2027-12-31',
    });
    // The catalogue's "item from the stores": a stock-item service linked to the item, priced per payer.
    await kernel.execute(DefineService, { serviceCode, name: code, category: 'stock-item', stockItemId: item.id });
    const lists = { selfPay: selfPayList, insurer: insurerList };
    await kernel.execute(SetPrice, {
      priceListId: lists.selfPay,
      serviceCode,
      unitPrice: KES(selfPay),
      validFrom: '2026-01-01',
    });
    await kernel.execute(SetPrice, {
      priceListId: lists.insurer,
      serviceCode,
      unitPrice: KES(insurer),
      validFrom: '2026-01-01',
    });
    return item;
  };
  let selfPayList: string;
  let insurerList: string;

  beforeAll(async () => {
    kernel = await createTestKernel({ plugins: [patientPlugin, inventoryPlugin, ehrPlugin, billingPlugin], now: NOW });
    store = await kernel.execute(DefineLocation, { code: 'W3A', name: 'Ward 3A store' });
    selfPayList = (
      await kernel.execute(CreatePriceList, { name: 'Self-pay', payer: { kind: 'self-pay' }, currency: 'KES' })
    ).priceListId;
    insurerList = (
      await kernel.execute(CreatePriceList, {
        name: 'Jamii Insurance',
        payer: { kind: 'insurer', payerId: insurerId },
        currency: 'KES',
      })
    ).priceListId;
  });
  afterAll(async () => kernel?.close());

  it('charges an issue to a patient at the price of their payer, reverses it with the issue, and never an issue to a ward', async () => {
    const ceftriaxone = await stocked('CEF-1G', 'STK-CEF', 45_000, 40_000);
    const selfPaying = await register();
    const covered = await register();
    await kernel.execute(RegisterCoverage, {
      patientId: covered,
      payerId: insurerId,
      policyNumber: 'JAMII-9',
      validFrom: '2026-01-01',
      terms: { deductiblePerYear: KES(0), copays: [], coinsuranceBp: 0, excludedServices: [], excludedCategories: [] },
    });
    const encounterId = randomUUID();
    const issue = (patientId?: string, quantity = 2) =>
      kernel.execute(IssueStock, {
        itemId: ceftriaxone.id,
        locationId: store.id,
        quantity,
        issuedTo: 'Bay 4',
        ...(patientId ? { patientId, encounterId } : {}),
      });
    const toSelfPaying = await issue(selfPaying);
    const toCovered = await issue(covered, 3);
    const toWard = await issue(undefined, 5);
    expect(toWard.issueId).toBeNull();
    await kernel.settle();
    expect(await charges(selfPaying)).toEqual([
      expect.objectContaining({ serviceCode: 'STK-CEF', encounterId, quantity: 2, unitPrice: KES(45_000) }),
    ]);
    expect(await charges(covered)).toEqual([
      expect.objectContaining({
        serviceCode: 'STK-CEF',
        quantity: 3,
        unitPrice: KES(40_000),
        payerShare: KES(120_000),
      }),
    ]);

    // Returned unused: the vials are back in the store and the charge is taken back, once.
    const reversed = await kernel.execute(ReverseIssue, { issueId: toSelfPaying.issueId!, reason: 'Returned unused' });
    expect(reversed.onHand).toBe(50 - 3 - 5);
    await expect(
      kernel.execute(ReverseIssue, { issueId: toSelfPaying.issueId!, reason: 'Again' }),
    ).rejects.toMatchObject({ status: 422, code: 'ISSUE_ALREADY_REVERSED' });
    await expect(kernel.execute(ReverseIssue, { issueId: randomUUID(), reason: 'Unknown' })).rejects.toMatchObject({
      status: 404,
      code: 'ISSUE_NOT_FOUND',
    });
    await kernel.settle();
    expect((await charges(selfPaying)).map((c) => c.status)).toEqual(['reversed']);
    expect((await charges(covered)).map((c) => c.status)).toEqual(['posted']);
    expect(toCovered.issueId).toEqual(expect.any(String));
  });

  it('credits dispensed medication returned unused: the charge keeps what the patient kept, once per return', async () => {
    const paracetamol = await stocked('PARA-500', 'STK-PARA', 300, 250);
    const patientId = await register();
    const order = await kernel.execute(PrescribeMedication, {
      patientId,
      medication: 'Paracetamol 500 mg tablets',
      dosage: { dose: '1 g', route: 'oral', frequency: 'four times daily' },
      quantity: 20,
    });
    const dispensed = await kernel.execute(DispensePrescription, {
      prescriptionId: order.medicationId,
      itemId: paracetamol.id,
      locationId: store.id,
      quantity: 20,
    });
    await kernel.settle();
    expect(await charges(patientId)).toEqual([
      expect.objectContaining({ serviceCode: 'STK-PARA', quantity: 20, status: 'posted', patientShare: KES(6_000) }),
    ]);

    const giveBack = (quantity: number) =>
      kernel.execute(ReturnDispensedMedication, {
        prescriptionId: order.medicationId,
        dispenseId: dispensed.dispenseId,
        quantity,
        reason: 'Discharged early',
      });
    await giveBack(8);
    await kernel.settle();
    const afterFirst = await charges(patientId);
    expect(afterFirst.filter((c) => c.status === 'posted')).toEqual([
      expect.objectContaining({ serviceCode: 'STK-PARA', quantity: 12, patientShare: KES(3_600) }),
    ]);

    // A second return reduces what is left; returning the rest takes the charge back altogether.
    await giveBack(12);
    await kernel.settle();
    const after = await charges(patientId);
    expect(after.filter((c) => c.status === 'posted')).toEqual([]);
    expect(after.map((c) => c.quantity).sort((a, b) => a - b)).toEqual([12, 20]);
  });

  it('charges an item with no linked service by its charge rule, and refuses an encounter without its patient', async () => {
    const gauze = await kernel.execute(DefineItem, { code: 'GZE', name: 'Gauze', category: 'supply', unit: 'pack' });
    await kernel.execute(ReceiveStock, { itemId: gauze.id, locationId: store.id, quantity: 10 });
    await kernel.execute(DefineService, { serviceCode: 'STK-SUP', name: 'Ward supplies', category: 'stock-item' });
    await kernel.execute(SetPrice, {
      priceListId: selfPayList,
      serviceCode: 'STK-SUP',
      unitPrice: KES(500),
      validFrom: '2026-01-01',
    });
    await kernel.execute(SetChargeRule, { key: 'stock-item:*', serviceCode: 'STK-SUP' });
    const patientId = await register();
    const { issueId } = await kernel.execute(IssueStock, {
      itemId: gauze.id,
      locationId: store.id,
      quantity: 4,
      issuedTo: 'Bay 1',
      patientId,
    });
    await kernel.settle();
    // Without an encounter named, the issue is its own encounter.
    expect(await charges(patientId)).toEqual([
      expect.objectContaining({ serviceCode: 'STK-SUP', quantity: 4, encounterId: issueId, unitPrice: KES(500) }),
    ]);
    await expect(
      kernel.execute(IssueStock, {
        itemId: gauze.id,
        locationId: store.id,
        quantity: 1,
        issuedTo: 'Bay 1',
        encounterId: randomUUID(),
      }),
    ).rejects.toMatchObject({ status: 422, code: 'ENCOUNTER_WITHOUT_PATIENT' });
  });

  it('charges an encounter the EHR opened by hand by its class, once, and not one opened from a visit or stay', async () => {
    await kernel.execute(DefineService, { serviceCode: 'CONS-WALK', name: 'Walk-in visit', category: 'consultation' });
    await kernel.execute(SetPrice, {
      priceListId: selfPayList,
      serviceCode: 'CONS-WALK',
      unitPrice: KES(80_000),
      validFrom: '2026-01-01',
    });
    await kernel.execute(SetChargeRule, { key: 'encounter-class:outpatient', serviceCode: 'CONS-WALK' });
    const patientId = await register();
    const walkIn = await kernel.execute(OpenEncounter, { patientId, class: 'outpatient' });
    await kernel.execute(OpenEncounter, { patientId, class: 'outpatient', appointmentId: randomUUID() });
    await kernel.settle();
    await kernel.sql.query(
      `UPDATE core.projection_checkpoints SET position = 0 WHERE name = 'reaction:billing.charge-ehr-encounters'`,
    );
    await kernel.settle();
    expect(await charges(patientId)).toEqual([
      expect.objectContaining({
        serviceCode: 'CONS-WALK',
        encounterId: walkIn.encounterId,
        serviceDate: '2026-03-02',
        unitPrice: KES(80_000),
      }),
    ]);
  });
});
