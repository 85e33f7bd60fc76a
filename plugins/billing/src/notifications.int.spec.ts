import { randomUUID } from 'node:crypto';
import { createTestKernel, type TestKernel } from '@hms/sdk/testing';
import { patientPlugin } from '@hms/plugin-patient';
import { RegisterPatient } from '@hms/plugin-patient/contracts';
import { DeclinePayment, PostCharge, ReceivePayment, RegisterCoverage } from './contracts/account-commands';
import { CreatePriceList, DefineService, SetPrice } from './contracts/catalogue-commands';
import {
  AcceptClaim,
  AdjudicateClaim,
  AppealClaim,
  CreateClaim,
  RecordClaimPayment,
  SubmitClaim,
} from './contracts/claim-commands';
import { billingPlugin } from './plugin';

const NOW = '2026-03-02T08:00:00.000Z';
const KES = (amount: number) => ({ amount, currency: 'KES' as const });
const FAMILY_NAME = 'Notifiable';
const diagnosis = [
  {
    sequence: 1,
    diagnosisCodeableConcept: { coding: [{ system: 'http://hl7.org/fhir/sid/icd-10' as const, code: 'J18.9' }] },
  },
];

/** What billing tells the clerks and cashiers: denied claim lines and declined payments, raised once, resolved. */
describe('billing notifications', () => {
  let kernel: TestKernel;
  let clerk: { id: string };
  let cashier: { id: string };
  const insurerId = randomUUID();
  let registered = 0;

  const register = async () =>
    (
      await kernel.execute(RegisterPatient, {
        givenName: 'Achieng',
        familyName: `${FAMILY_NAME}${++registered}`,
        birthDate: `1982-04-${String(registered).padStart(2, '0')}`,
        gender: 'female',
      })
    ).id;
  const ofKind = async (kind: string, subjectKey: string) =>
    (await kernel.notifications.list()).filter((n) => n.kind === kind && n.subjectKey === subjectKey);
  const openOf = async (kind: string, subjectKey: string) =>
    (await ofKind(kind, subjectKey)).filter((n) => n.status === 'open');

  /** A claim of two consultations (the payer's share 800.00 each), submitted and taken in by the payer. */
  const acceptedClaim = async () => {
    const patientId = await register();
    const { coverageId } = await kernel.execute(RegisterCoverage, {
      patientId,
      payerId: insurerId,
      policyNumber: `POL-N${registered}`,
      validFrom: '2026-01-01',
      terms: {
        deductiblePerYear: KES(0),
        copays: [],
        coinsuranceBp: 2000,
        excludedServices: [],
        excludedCategories: [],
      },
    });
    const chargeIds: string[] = [];
    for (let i = 0; i < 2; i += 1) {
      const { chargeId } = await kernel.execute(PostCharge, {
        patientId,
        encounterId: randomUUID(),
        serviceCode: 'CONS-GP',
        serviceDate: '2026-03-02',
        quantity: 1,
        source: { kind: 'manual', reason: 'Seen at the clinic' },
      });
      chargeIds.push(chargeId!);
    }
    const { claimId } = await kernel.execute(CreateClaim, { patientId, coverageId, chargeIds, diagnosis });
    await kernel.execute(SubmitClaim, { claimId });
    await kernel.execute(AcceptClaim, { claimId, payerReference: `PAYER-${registered}` });
    return { claimId, patientId };
  };
  const decision = (claimId: string, secondLine: 'paid' | 'denied') => ({
    claimId,
    outcome: 'complete' as const,
    item: [
      { itemSequence: 1, eligible: KES(80_000), benefit: KES(80_000) },
      secondLine === 'paid'
        ? { itemSequence: 2, eligible: KES(80_000), benefit: KES(80_000) }
        : { itemSequence: 2, eligible: KES(80_000), benefit: KES(0), reasonCode: 'CO-50' },
    ],
  });

  beforeAll(async () => {
    kernel = await createTestKernel({ plugins: [patientPlugin, billingPlugin], now: NOW });
    clerk = await kernel.notifications.addPerson({ roles: ['billing-clerk'], email: 'claims@hospital.test' });
    cashier = await kernel.notifications.addPerson({ roles: ['cashier'] });
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

  it('tells the billing clerks of a denied line once per claim, with ids and codes only, and clears it on appeal', async () => {
    const { claimId, patientId } = await acceptedClaim();
    await kernel.execute(AdjudicateClaim, decision(claimId, 'denied'));

    const [denied, ...more] = await ofKind('billing.claim-denied', claimId);
    expect(more).toEqual([]);
    expect(denied).toMatchObject({
      status: 'open',
      audience: { role: 'billing-clerk' },
      recipients: [clerk.id],
      link: '/billing/claims',
      facts: { claimId, payerId: insurerId, deniedLines: 1, lines: 2, reasonCodes: 'CO-50' },
    });
    expect(JSON.stringify(denied)).not.toContain(FAMILY_NAME);
    expect(JSON.stringify(denied)).not.toContain(patientId);
    expect(
      (await kernel.notifications.inbox(clerk.id)).filter((n) => n.subjectKey === claimId && n.unread),
    ).toHaveLength(1);
    expect((await kernel.notifications.deliver()).filter((m) => m.body.includes(denied!.code))).toHaveLength(1);
    expect(await kernel.notifications.inbox(cashier.id)).toEqual([]);

    await kernel.execute(AppealClaim, { claimId, itemSequences: [2], reason: 'The second visit was a follow-up' });
    expect(await openOf('billing.claim-denied', claimId)).toEqual([]);

    // The payer keeps its denial on appeal: the clerks are told again; paid in full, it is settled.
    await kernel.execute(AdjudicateClaim, decision(claimId, 'denied'));
    expect(await openOf('billing.claim-denied', claimId)).toHaveLength(1);
    await kernel.execute(RecordClaimPayment, { claimId, remittanceReference: 'REM-N1', amount: KES(80_000) });
    expect(await openOf('billing.claim-denied', claimId)).toEqual([]);
    expect(await ofKind('billing.claim-denied', claimId)).toHaveLength(2);
  });

  it('tells nobody of a claim paid in full', async () => {
    const { claimId } = await acceptedClaim();
    await kernel.execute(AdjudicateClaim, decision(claimId, 'paid'));
    expect(await ofKind('billing.claim-denied', claimId)).toEqual([]);
  });

  it('tells the cashiers of a declined payment once per account, and clears it when the account is paid', async () => {
    const patientId = await register();
    await kernel.execute(PostCharge, {
      patientId,
      encounterId: randomUUID(),
      serviceCode: 'CONS-GP',
      serviceDate: '2026-03-02',
      quantity: 1,
      source: { kind: 'manual', reason: 'Seen at the desk' },
    });
    const decline = {
      patientId,
      method: 'card' as const,
      amount: KES(100_000),
      providerReference: 'TXN-DECLINED-1',
      declineCode: 'insufficient_funds',
    };
    const { paymentId } = await kernel.execute(DeclinePayment, decline);
    await kernel.execute(DeclinePayment, decline); // the same decline again records nothing
    await kernel.execute(DeclinePayment, { ...decline, providerReference: 'TXN-DECLINED-2' }); // still open: once
    const raised = await ofKind('billing.payment-declined', patientId);
    expect(raised).toHaveLength(1);
    expect(raised[0]).toMatchObject({
      status: 'open',
      audience: { role: 'cashier' },
      recipients: [cashier.id],
      link: `/billing/accounts/${patientId}`,
      facts: { paymentId, method: 'card', amount: 100_000, currency: 'KES', declineCode: 'insufficient_funds' },
    });
    expect(JSON.stringify(raised)).not.toContain(FAMILY_NAME);
    expect(await kernel.notifications.inbox(clerk.id)).not.toContainEqual(
      expect.objectContaining({ subjectKey: patientId }),
    );

    await kernel.execute(ReceivePayment, {
      patientId,
      method: 'cash',
      amount: KES(100_000),
      allocation: { kind: 'oldest-first' },
    });
    expect(await openOf('billing.payment-declined', patientId)).toEqual([]);
  });
});
