import { randomUUID } from 'node:crypto';
import { createTestKernel, type TestKernel } from '@hms/sdk/testing';
import { ehrPlugin } from '@hms/plugin-ehr';
import { OpenEncounter, RecordProblem, ResolveProblem } from '@hms/plugin-ehr/contracts';
import { patientPlugin } from '@hms/plugin-patient';
import { RegisterPatient } from '@hms/plugin-patient/contracts';
import { PostCharge, RegisterCoverage } from './contracts/account-commands';
import { CreatePriceList, DefineService, SetPrice } from './contracts/catalogue-commands';
import { CreateClaim } from './contracts/claim-commands';
import { billingPlugin } from './plugin';

const NOW = '2026-03-02T08:00:00.000Z';
const KES = (amount: number) => ({ amount, currency: 'KES' as const });

const rejection = (promise: Promise<unknown>): Promise<{ status?: number; code?: string }> =>
  promise.then(
    () => ({}),
    (error: { status?: number; code?: string }) => error,
  );

/** A claim's diagnoses come from what the clinician recorded in the EHR, not from codes a clerk types. */
describe('claims carry the diagnoses from the EHR', () => {
  let kernel: TestKernel;
  const insurerId = randomUUID();
  let registered = 0;

  const covered = async () => {
    const patientId = (
      await kernel.execute(RegisterPatient, {
        givenName: 'Akinyi',
        familyName: `Dx${++registered}`,
        birthDate: `1990-03-${String(registered).padStart(2, '0')}`,
        gender: 'female',
      })
    ).id;
    const { coverageId } = await kernel.execute(RegisterCoverage, {
      patientId,
      payerId: insurerId,
      policyNumber: `POL-${registered}`,
      validFrom: '2026-01-01',
      terms: { deductiblePerYear: KES(0), copays: [], coinsuranceBp: 0, excludedServices: [], excludedCategories: [] },
    });
    return { patientId, coverageId };
  };
  const charge = async (patientId: string, encounterId: string, serviceDate = '2026-03-02') =>
    (
      await kernel.execute(PostCharge, {
        patientId,
        encounterId,
        serviceCode: 'CONS-GP',
        serviceDate,
        quantity: 1,
        source: { kind: 'manual', reason: 'Consultation' },
      })
    ).chargeId!;
  const claimCodes = async (patientId: string, coverageId: string, chargeIds: string[]) =>
    (await kernel.execute(CreateClaim, { patientId, coverageId, chargeIds })).diagnosis?.map(
      (d: { sequence: number; diagnosisCodeableConcept: { coding: { code: string }[] } }) => [
        d.sequence,
        d.diagnosisCodeableConcept.coding[0]!.code,
      ],
    );

  beforeAll(async () => {
    kernel = await createTestKernel({ plugins: [patientPlugin, ehrPlugin, billingPlugin], now: NOW });
    await kernel.execute(DefineService, {
      serviceCode: 'CONS-GP',
      name: 'General consultation',
      category: 'consultation',
    });
    const { priceListId } = await kernel.execute(CreatePriceList, {
      name: 'Insurer',
      payer: { kind: 'insurer', payerId: insurerId },
      currency: 'KES',
    });
    await kernel.execute(SetPrice, {
      priceListId,
      serviceCode: 'CONS-GP',
      unitPrice: KES(100_000),
      validFrom: '2026-01-01',
    });
    const selfPay = await kernel.execute(CreatePriceList, {
      name: 'Self-pay',
      payer: { kind: 'self-pay' },
      currency: 'KES',
    });
    await kernel.execute(SetPrice, {
      priceListId: selfPay.priceListId,
      serviceCode: 'CONS-GP',
      unitPrice: KES(100_000),
      validFrom: '2026-01-01',
    });
  });
  afterAll(async () => kernel?.close());

  it("takes the diagnoses of the charged appointment's encounter, in the order recorded", async () => {
    const { patientId, coverageId } = await covered();
    const appointmentId = randomUUID(); // the charge's encounter is the appointment, as scheduling's capture names it
    const encounter = await kernel.execute(OpenEncounter, { patientId, class: 'outpatient', appointmentId });
    await kernel.execute(RecordProblem, {
      patientId,
      kind: 'diagnosis',
      code: 'J18.9',
      encounterId: encounter.encounterId,
    });
    await kernel.execute(RecordProblem, {
      patientId,
      kind: 'diagnosis',
      code: 'I10',
      encounterId: encounter.encounterId,
    });
    // A problem-list entry that is not a diagnosis, and another visit's diagnosis, are not claimed.
    await kernel.execute(RecordProblem, {
      patientId,
      kind: 'problem',
      code: 'E11.9',
      encounterId: encounter.encounterId,
    });
    const other = await kernel.execute(OpenEncounter, { patientId, class: 'outpatient' });
    await kernel.execute(RecordProblem, {
      patientId,
      kind: 'diagnosis',
      code: 'E11.9',
      encounterId: other.encounterId,
    });
    const chargeId = await charge(patientId, appointmentId);
    expect(await claimCodes(patientId, coverageId, [chargeId])).toEqual([
      [1, 'J18.9'],
      [2, 'I10'],
    ]);
  });

  it('falls back to the diagnoses in force on the service date when the encounter has none, and refuses typed codes', async () => {
    const { patientId, coverageId } = await covered();
    const chronic = await kernel.execute(RecordProblem, {
      patientId,
      kind: 'diagnosis',
      code: 'I10',
      onset: '2025-05-01',
    });
    const resolved = await kernel.execute(RecordProblem, {
      patientId,
      kind: 'diagnosis',
      code: 'J18.9',
      onset: '2025-06-01',
    });
    await kernel.execute(ResolveProblem, { patientId, problemId: resolved.problemId, resolvedOn: '2025-07-01' });
    const chargeId = await charge(patientId, randomUUID());
    const typed = [
      {
        sequence: 1,
        diagnosisCodeableConcept: { coding: [{ system: 'http://hl7.org/fhir/sid/icd-10' as const, code: 'A00' }] },
      },
    ];
    expect(
      await rejection(kernel.execute(CreateClaim, { patientId, coverageId, chargeIds: [chargeId], diagnosis: typed })),
    ).toMatchObject({ status: 422, code: 'DIAGNOSIS_FROM_EHR' });
    expect(await claimCodes(patientId, coverageId, [chargeId])).toEqual([[1, 'I10']]);
    expect(chronic.problemId).toEqual(expect.any(String));
  });

  it('refuses a claim when the record holds no diagnosis for the services', async () => {
    const { patientId, coverageId } = await covered();
    const chargeId = await charge(patientId, randomUUID());
    expect(
      await rejection(kernel.execute(CreateClaim, { patientId, coverageId, chargeIds: [chargeId] })),
    ).toMatchObject({
      status: 422,
      code: 'NO_DIAGNOSIS_ON_RECORD',
    });
  });
});
