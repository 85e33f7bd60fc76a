import { createTestKernel, type TestKernel } from '@hms/sdk/testing';
import { adtPlugin } from '@hms/plugin-adt';
import { AdmitPatient, DefineWard, DischargePatient } from '@hms/plugin-adt/contracts';
import { patientPlugin } from '@hms/plugin-patient';
import { RegisterPatient } from '@hms/plugin-patient/contracts';
import { SetChargeRule } from './contracts/capture';
import { CreatePriceList, DefineService, SetPrice } from './contracts/catalogue-commands';
import { GetAccount } from './contracts/queries';
import { billingPlugin } from './plugin';

/** Monday 2 March 2026, 08:00 UTC (11:00 in Nairobi). */
const NOW = '2026-03-02T08:00:00.000Z';
const HOUR = 3_600_000;

/**
 * Bed-days on the hospital's clock: a hospital in Nairobi (UTC+3) configured with its time zone charges the night of
 * a patient in from 22:30 to 02:00 local time, which crosses Nairobi's midnight but no UTC midnight.
 */
describe("bed-days counted at the hospital's midnight (billing's timeZone option)", () => {
  let kernel: TestKernel;
  beforeAll(async () => {
    kernel = await createTestKernel({
      plugins: [patientPlugin, adtPlugin, billingPlugin.configure({ timeZone: 'Africa/Nairobi' })],
      now: NOW,
    });
    await kernel.execute(DefineService, {
      serviceCode: 'BED-GEN',
      name: 'Bed-day',
      category: 'bed-day',
      wardClass: 'general',
    });
    const { priceListId } = await kernel.execute(CreatePriceList, {
      name: 'Self-pay',
      payer: { kind: 'self-pay' },
      currency: 'KES',
    });
    await kernel.execute(SetPrice, {
      priceListId,
      serviceCode: 'BED-GEN',
      unitPrice: { amount: 400_000, currency: 'KES' },
      validFrom: '2026-01-01',
    });
    await kernel.execute(SetChargeRule, { key: 'ward:*', serviceCode: 'BED-GEN' });
  });
  afterAll(async () => kernel?.close());

  it('charges the night that crossed Nairobi midnight, dated by the local day it began', async () => {
    const ward = await kernel.execute(DefineWard, { code: 'GEN', name: 'General', specialty: 'Medicine', beds: ['1'] });
    const { id: patientId } = await kernel.execute(RegisterPatient, {
      givenName: 'Wanjiru',
      familyName: 'Night',
      birthDate: '1975-06-06',
      gender: 'female',
    });
    kernel.clock.advance(11.5 * HOUR); // 19:30Z, 22:30 in Nairobi
    const stay = await kernel.execute(AdmitPatient, {
      patientId,
      wardId: ward.id,
      bedId: ward.beds[0]!.id,
      reason: { category: 'emergency', code: 'R07.4', text: 'Chest pain' },
      admittedAt: kernel.clock.now(),
    });
    kernel.clock.advance(3.5 * HOUR); // 23:00Z, 02:00 on Tuesday in Nairobi
    await kernel.execute(DischargePatient, { patientId, disposition: 'home', dischargedAt: kernel.clock.now() });
    await kernel.settle();
    const { charges } = await kernel.ask(GetAccount, { patientId });
    expect(charges.map((c) => [c.serviceDate, c.serviceCode, c.encounterId])).toEqual([
      ['2026-03-02', 'BED-GEN', stay.stayId],
    ]);
  });
});
