import { randomUUID } from 'node:crypto';
import { createTestKernel, type TestKernel } from '@hms/sdk/testing';
import { patientPlugin } from '@hms/plugin-patient';
import { RegisterPatient } from '@hms/plugin-patient/contracts';
import { DraftInvoice, PostCharge, RegisterCoverage } from './contracts/account-commands';
import { CreatePriceList, DefineService, SetPrice } from './contracts/catalogue-commands';
import { AppealClaim, CreateClaim, RecordClaimPayment, ResubmitClaim, SubmitClaim } from './contracts/claim-commands';
import { ExchangeClaim } from './contracts/claim-exchange';
import { GetAccount, GetClaim } from './contracts/queries';
import { rulesEligibilityCheck } from './insurance/eligibility';
import { rulesClearinghouse } from './insurance/rules-clearinghouse';
import { exchangeClaimsJob } from './jobs/exchange-claims.job';
import type { BillingPluginOptions } from './options';
import { billingPlugin } from './plugin';

const NOW = '2026-03-02T08:00:00.000Z';
const KES = (amount: number) => ({ amount, currency: 'KES' as const });
const icd10 = (code: string) => [
  { sequence: 1, diagnosisCodeableConcept: { coding: [{ system: 'http://hl7.org/fhir/sid/icd-10' as const, code }] } },
];
const terms = {
  deductiblePerYear: KES(0),
  copays: [],
  coinsuranceBp: 2000,
  excludedServices: [],
  excludedCategories: [],
};

const rejection = (promise: Promise<unknown>): Promise<{ status?: number; code?: string; details?: unknown }> =>
  promise.then(
    () => ({}),
    (error: { status?: number; code?: string; details?: unknown }) => error,
  );

/**
 * The payer side without a human typing it: the rules-based eligibility check when cover is registered and a claim
 * drafted, and the rules clearinghouse answering submitted and appealed claims through the exchange job.
 */
describe('eligibility and the clearinghouse', () => {
  let kernel: TestKernel;
  const insurerId = randomUUID();
  const suspended: string[] = [];
  const options: BillingPluginOptions = {
    eligibilityCheck: rulesEligibilityCheck([
      {
        payerId: insurerId,
        policyNumbers: /^POL-\d{3}$/,
        coveredFrom: '2026-01-01',
        coveredTo: '2026-12-31',
        suspended,
      },
    ]),
    clearinghouse: rulesClearinghouse({
      denied: { 'XRAY-CH': 'not-covered' },
      rejectedDiagnoses: ['R69'],
      upheldOnAppeal: () => false,
    }),
  };
  let registered = 0;

  const register = async () =>
    (
      await kernel.execute(RegisterPatient, {
        givenName: 'Otieno',
        familyName: `Claim${++registered}`,
        birthDate: `1975-02-${String(registered).padStart(2, '0')}`,
        gender: 'male',
      })
    ).id;
  const cover = (patientId: string, policyNumber: string, validFrom = '2026-01-01', payerId = insurerId) =>
    kernel.execute(RegisterCoverage, { patientId, payerId, policyNumber, validFrom, terms });
  const charge = async (patientId: string, serviceCode: string) =>
    (
      await kernel.execute(PostCharge, {
        patientId,
        encounterId: randomUUID(),
        serviceCode,
        serviceDate: '2026-03-02',
        quantity: 1,
        source: { kind: 'manual', reason: 'Seen at the clinic' },
      })
    ).chargeId!;
  const exchange = () => kernel.runJob(exchangeClaimsJob, {}, { runId: randomUUID(), pluginOptions: options });
  const claimStatus = async (claimId: string) => (await kernel.ask(GetClaim, { claimId })).status;

  beforeAll(async () => {
    kernel = await createTestKernel({ plugins: [patientPlugin, billingPlugin.configure(options)], now: NOW });
    await kernel.execute(DefineService, {
      serviceCode: 'CONS-GP',
      name: 'General consultation',
      category: 'consultation',
    });
    await kernel.execute(DefineService, { serviceCode: 'XRAY-CH', name: 'Chest X-ray', category: 'investigation' });
    const selfPay = await kernel.execute(CreatePriceList, {
      name: 'Self-pay',
      payer: { kind: 'self-pay' },
      currency: 'KES',
    });
    const insurer = await kernel.execute(CreatePriceList, {
      name: 'Insurer',
      payer: { kind: 'insurer', payerId: insurerId },
      currency: 'KES',
    });
    for (const priceListId of [selfPay.priceListId, insurer.priceListId]) {
      await kernel.execute(SetPrice, {
        priceListId,
        serviceCode: 'CONS-GP',
        unitPrice: KES(100_000),
        validFrom: '2026-01-01',
      });
      await kernel.execute(SetPrice, {
        priceListId,
        serviceCode: 'XRAY-CH',
        unitPrice: KES(50_000),
        validFrom: '2026-01-01',
      });
    }
  });
  afterAll(async () => kernel?.close());

  it('registers only a cover the payer confirms, saying why it refuses one', async () => {
    const patientId = await register();
    const refused = async (policy: string, validFrom?: string, payerId?: ReturnType<typeof randomUUID>) =>
      await rejection(cover(patientId, policy, validFrom, payerId));
    expect(await refused('NHIF-1')).toMatchObject({
      status: 422,
      code: 'NOT_ELIGIBLE',
      details: { reason: 'not-a-member' },
    });
    expect(await refused('POL-001', '2025-06-01')).toMatchObject({ details: { reason: 'not-covered-on-date' } });
    expect(await refused('POL-001', undefined, randomUUID())).toMatchObject({ details: { reason: 'payer-unknown' } });
    suspended.push('POL-002');
    expect(await refused('POL-002')).toMatchObject({ details: { reason: 'policy-suspended' } });
    expect((await kernel.ask(GetAccount, { patientId })).coverages).toEqual([]);
    await cover(patientId, 'POL-001');
    expect((await kernel.ask(GetAccount, { patientId })).coverages).toEqual([
      expect.objectContaining({ payerId: insurerId, policyNumber: 'POL-001' }),
    ]);
  });

  it('refuses to draft a claim once the payer has suspended the policy', async () => {
    const patientId = await register();
    const { coverageId } = await cover(patientId, 'POL-003');
    const chargeId = await charge(patientId, 'CONS-GP');
    suspended.push('POL-003');
    expect(
      await rejection(
        kernel.execute(CreateClaim, { patientId, coverageId, chargeIds: [chargeId], diagnosis: icd10('J18.9') }),
      ),
    ).toMatchObject({ status: 422, code: 'NOT_ELIGIBLE', details: { reason: 'policy-suspended', on: '2026-03-02' } });
  });

  it('runs a claim end to end with the clearinghouse: rejected, resubmitted, partly denied, appealed, paid, the patient billed the rest', async () => {
    const patientId = await register();
    const { coverageId } = await cover(patientId, 'POL-010');
    const consultation = await charge(patientId, 'CONS-GP');
    const xray = await charge(patientId, 'XRAY-CH');
    const { claimId } = await kernel.execute(CreateClaim, {
      patientId,
      coverageId,
      chargeIds: [consultation, xray],
      diagnosis: icd10('R69'), // a code this payer refuses
    });
    await exchange(); // a draft is not sent
    expect(await claimStatus(claimId)).toBe('draft');

    await kernel.execute(SubmitClaim, { claimId });
    await exchange(); // sent
    await exchange(); // the payer has not answered yet
    expect(await claimStatus(claimId)).toBe('submitted');
    await exchange(); // rejected
    expect(await claimStatus(claimId)).toBe('rejected');

    await kernel.execute(ResubmitClaim, { claimId, diagnosis: icd10('J18.9') });
    for (let i = 0; i < 3; i += 1) await exchange(); // sent again, pending, adjudicated
    const decided = await kernel.ask(GetClaim, { claimId });
    expect(decided.status).toBe('adjudicated');
    // Payer shares: 80 % of 1,000.00 and of 500.00. The X-ray is denied: the patient owes all of it.
    expect(decided.adjudicated.map((a) => [a.itemSequence, a.status, a.reasonCode, a.benefit.amount])).toEqual([
      [1, 'paid', null, 80_000],
      [2, 'denied', 'not-covered', 0],
    ]);
    // By charge: the account lists charges of one day by id, which is random.
    const shares = async () => {
      const { charges } = await kernel.ask(GetAccount, { patientId });
      const of = (id: string) => charges.find((c) => c.chargeId === id);
      return [consultation, xray].map((id) => [of(id)?.patientShare.amount, of(id)?.payerShare.amount]);
    };
    expect(await shares()).toEqual([
      [20_000, 80_000],
      [50_000, 0],
    ]);
    // The clearinghouse's denial tells the billing clerks as the clerk's own entry would, once.
    const denials = async () =>
      (await kernel.notifications.list())
        .filter((n) => n.kind === 'billing.claim-denied' && n.subjectKey === claimId)
        .map((n) => [n.status, n.facts.reasonCodes])
        .sort(([a], [b]) => String(a).localeCompare(String(b))); // raised at the same fake instant: by status
    expect(await denials()).toEqual([['open', 'not-covered']]);

    // Appealed; the payer keeps its decision: nothing more moves.
    await kernel.execute(AppealClaim, { claimId, itemSequences: [2], reason: 'Pneumonia follow-up needs the X-ray' });
    expect(await denials()).toEqual([['resolved', 'not-covered']]);
    for (let i = 0; i < 3; i += 1) await exchange();
    expect(await denials()).toEqual([
      ['open', 'not-covered'],
      ['resolved', 'not-covered'],
    ]);
    expect(await claimStatus(claimId)).toBe('adjudicated');
    expect(await shares()).toEqual([
      [20_000, 80_000],
      [50_000, 0],
    ]);
    // The exchange is idempotent per submission: a further run sends nothing and records nothing.
    await exchange();
    expect(await kernel.execute(ExchangeClaim, { claimId })).toMatchObject({ step: 'nothing-to-do' });

    await kernel.execute(RecordClaimPayment, { claimId, remittanceReference: 'REM-1', amount: KES(80_000) });
    expect(await claimStatus(claimId)).toBe('paid');
    expect((await denials()).map(([status]) => status)).toEqual(['resolved', 'resolved']);
    const { invoiceId } = await kernel.execute(DraftInvoice, {
      patientId,
      scope: { kind: 'period', from: '2026-01-01', to: '2026-12-31' },
    });
    const invoice = (await kernel.ask(GetAccount, { patientId })).invoices.find((i) => i.invoiceId === invoiceId);
    expect(invoice?.total).toEqual(KES(70_000)); // the co-insurance and the denied X-ray
  });

  it('refuses an exchange without a clearinghouse configured, and of an unknown claim', async () => {
    const bare = await createTestKernel({ plugins: [patientPlugin, billingPlugin], now: NOW });
    try {
      expect(await rejection(bare.execute(ExchangeClaim, { claimId: randomUUID() }))).toMatchObject({
        status: 409,
        code: 'NO_CLEARINGHOUSE',
      });
    } finally {
      await bare.close();
    }
    expect(await rejection(kernel.execute(ExchangeClaim, { claimId: randomUUID() }))).toMatchObject({
      status: 404,
      code: 'CLAIM_NOT_FOUND',
    });
  });
});
