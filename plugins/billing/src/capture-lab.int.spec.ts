import { createTestKernel, type TestKernel } from '@hms/sdk/testing';
import { labPlugin } from '@hms/plugin-lab';
import {
  CancelLabOrder,
  CollectSpecimen,
  EnterResults,
  PlaceLabOrder,
  ReceiveSpecimen,
  ValidateResults,
} from '@hms/plugin-lab/contracts';
import { patientPlugin } from '@hms/plugin-patient';
import { RegisterPatient } from '@hms/plugin-patient/contracts';
import { SetChargeRule } from './contracts/capture';
import { CreatePriceList, DefineService, SetPrice } from './contracts/catalogue-commands';
import { GetAccount } from './contracts/queries';
import { billingPlugin } from './plugin';

/** Monday 2 March 2026, 08:00 UTC. */
const NOW = '2026-03-02T08:00:00.000Z';
const KES = (amount: number) => ({ amount, currency: 'KES' as const });
const TECHNICIAN = 'technician-one';
const VALIDATOR = 'technician-two';

/** Charge capture from the laboratory's released results (lab's published `ResultReleased`), on the real kernel. */
describe('billing charges released laboratory results through its charge rules', () => {
  let kernel: TestKernel;
  let patientId: string;
  const charges = async () => (await kernel.ask(GetAccount, { patientId })).charges;

  const placed = async (): Promise<string> =>
    (await kernel.execute(PlaceLabOrder, { patientId, panels: ['51990-0'], tests: ['718-7'], priority: 'routine' })).id;
  const collected = async (): Promise<string> => {
    const orderId = await placed();
    await kernel.execute(CollectSpecimen, { orderId });
    return orderId;
  };

  beforeAll(async () => {
    kernel = await createTestKernel({ plugins: [patientPlugin, labPlugin, billingPlugin], now: NOW });
    patientId = (
      await kernel.execute(RegisterPatient, {
        givenName: 'Fictional',
        familyName: 'Labbill',
        birthDate: '1971-04-09',
        gender: 'female',
      })
    ).id;
    const { priceListId } = await kernel.execute(CreatePriceList, {
      name: 'Self-pay',
      payer: { kind: 'self-pay' },
      currency: 'KES',
    });
    const service = async (serviceCode: string, amount: number) => {
      await kernel.execute(DefineService, { serviceCode, name: serviceCode, category: 'investigation' });
      await kernel.execute(SetPrice, { priceListId, serviceCode, unitPrice: KES(amount), validFrom: '2026-01-01' });
    };
    await service('LAB-K', 60_000);
    await service('LAB-HB', 35_000);
    await service('LAB-CHEM', 50_000);
    // Potassium and haemoglobin have their own price; every other test of the catalogue the chemistry default.
    await kernel.execute(SetChargeRule, { key: 'lab-test:2823-3', serviceCode: 'LAB-K' });
    await kernel.execute(SetChargeRule, { key: 'lab-test:718-7', serviceCode: 'LAB-HB' });
    await kernel.execute(SetChargeRule, { key: 'lab-test:*', serviceCode: 'LAB-CHEM' });
  });
  afterAll(async () => kernel?.close());

  it('charges each released test once, by its mapped service, and never an order cancelled before or after collection', async () => {
    const released = await collected();
    await kernel.execute(ReceiveSpecimen, { orderId: released }, { actorId: TECHNICIAN });
    await kernel.execute(
      EnterResults,
      {
        orderId: released,
        results: [
          { code: '2951-2', value: 139 },
          { code: '2823-3', value: 4.4 },
          { code: '2339-0', value: 5.1 },
          { code: '2160-0', value: 80 },
          { code: '718-7', value: 13.1 },
        ],
      },
      { actorId: TECHNICIAN },
    );
    const cancelledBefore = await placed();
    await kernel.execute(CancelLabOrder, { orderId: cancelledBefore, reason: 'Duplicate order' });
    const cancelledAfter = await collected();
    await kernel.execute(CancelLabOrder, { orderId: cancelledAfter, reason: 'Specimen haemolysed' });
    await kernel.settle();
    // Entered but not validated: the laboratory's draft is not charged.
    expect(await charges()).toEqual([]);

    await kernel.execute(ValidateResults, { orderId: released }, { actorId: VALIDATOR });
    await kernel.settle();
    const expected = [
      ['LAB-CHEM', 50_000],
      ['LAB-CHEM', 50_000],
      ['LAB-CHEM', 50_000],
      ['LAB-HB', 35_000],
      ['LAB-K', 60_000],
    ];
    const charged = async () =>
      (await charges()).map((c) => [c.serviceCode, c.unitPrice.amount, c.encounterId, c.serviceDate]).sort();
    expect(await charged()).toEqual(expected.map(([code, amount]) => [code, amount, released, '2026-03-02']));

    // The reaction run again from the start (a rebuild, a redelivery): each test is still charged once.
    await kernel.sql.query(
      `UPDATE core.projection_checkpoints SET position = 0 WHERE name = 'reaction:billing.charge-lab-results'`,
    );
    await kernel.settle();
    expect(await charged()).toHaveLength(5);
  });
});
