import { randomUUID } from 'node:crypto';
import type { ReportResult } from '@hms/sdk';
import { createTestKernel, type TestKernel } from '@hms/sdk/testing';
import { billingPlugin } from '@hms/plugin-billing';
import {
  AcceptClaim,
  AdjudicateClaim,
  CreateClaim,
  CreatePriceList,
  DefineService,
  DraftInvoice,
  IssueInvoice,
  PostCharge,
  ReceivePayment,
  RegisterCoverage,
  ReverseCharge,
  SetPrice,
  SubmitClaim,
} from '@hms/plugin-billing/contracts';
import { patientPlugin } from '@hms/plugin-patient';
import { RegisterPatient } from '@hms/plugin-patient/contracts';
import { analyticsPlugin } from './plugin';
import { financialPerformanceReport } from './reports/financial-performance.report';

const NOW = '2026-03-02T08:00:00.000Z';
const DAY = 86_400_000;
const KES = (amount: number) => ({ amount, currency: 'KES' as const });

const rowsOf = (result: ReportResult, section: string, measure: string) =>
  result.rows.filter((r) => r.section === section && r.measure === measure);

describe('the financial report from billing’s events', () => {
  let kernel: TestKernel;
  const insurerId = randomUUID();

  beforeAll(async () => {
    kernel = await createTestKernel({ plugins: [patientPlugin, billingPlugin, analyticsPlugin], now: NOW });
    for (const [serviceCode, category] of [
      ['CONS', 'consultation'],
      ['BED', 'bed-day'],
    ] as const) {
      await kernel.execute(DefineService, { serviceCode, name: serviceCode, category });
    }
    const { priceListId } = await kernel.execute(CreatePriceList, {
      name: 'Self-pay',
      payer: { kind: 'self-pay' },
      currency: 'KES',
    });
    await kernel.execute(SetPrice, {
      priceListId,
      serviceCode: 'CONS',
      unitPrice: KES(100_000),
      validFrom: '2026-01-01',
    });
    await kernel.execute(SetPrice, {
      priceListId,
      serviceCode: 'BED',
      unitPrice: KES(300_000),
      validFrom: '2026-01-01',
    });
  });
  afterAll(async () => kernel?.close());

  const patient = async (n: number) =>
    (
      await kernel.execute(RegisterPatient, {
        givenName: 'Fin',
        familyName: `Report${n}`,
        birthDate: `1970-01-${String(n).padStart(2, '0')}`,
        gender: 'other',
      })
    ).id;
  const charge = (patientId: string, serviceCode: string, serviceDate: string) =>
    kernel.execute(PostCharge, {
      patientId,
      encounterId: randomUUID(),
      serviceCode,
      serviceDate,
      quantity: 1,
      source: { kind: 'manual', reason: 'Test' },
    });
  const invoice = async (patientId: string) => {
    const { invoiceId } = await kernel.execute(DraftInvoice, {
      patientId,
      scope: { kind: 'period', from: '2026-01-01', to: '2026-12-31' },
    });
    await kernel.execute(IssueInvoice, { patientId, invoiceId, dueOn: '2026-04-30' });
    return invoiceId;
  };

  it('reports revenue net of reversals, collections, days to payment, ageing and denials', async () => {
    const paid = await patient(1);
    const owing = await patient(2);
    const covered = await patient(3);
    await charge(paid, 'CONS', '2026-01-10');
    await charge(owing, 'BED', '2026-02-05');
    const mistake = await charge(owing, 'CONS', '2026-02-06');
    await kernel.execute(ReverseCharge, {
      patientId: owing,
      by: { kind: 'manual', chargeId: mistake.chargeId!, reason: 'Entered twice' },
    });
    await invoice(owing); // issued 2 March, 3,000.00 owed
    await invoice(paid);
    kernel.clock.advance(12 * DAY);
    await kernel.execute(ReceivePayment, { patientId: paid, method: 'cash', amount: KES(100_000) }); // settled 14 March

    const { coverageId } = await kernel.execute(RegisterCoverage, {
      patientId: covered,
      payerId: insurerId,
      policyNumber: 'P-9',
      validFrom: '2026-01-01',
      terms: { deductiblePerYear: KES(0), copays: [], coinsuranceBp: 0, excludedServices: [], excludedCategories: [] },
    });
    const c1 = await charge(covered, 'CONS', '2026-02-20');
    const c2 = await charge(covered, 'CONS', '2026-02-21');
    const claim = await kernel.execute(CreateClaim, {
      patientId: covered,
      coverageId,
      chargeIds: [c1.chargeId!, c2.chargeId!],
      diagnosis: [
        {
          sequence: 1,
          diagnosisCodeableConcept: { coding: [{ system: 'http://hl7.org/fhir/sid/icd-10', code: 'R51' }] },
        },
      ],
    });
    await kernel.execute(SubmitClaim, { claimId: claim.claimId });
    await kernel.execute(AcceptClaim, { claimId: claim.claimId, payerReference: 'X' });
    await kernel.execute(AdjudicateClaim, {
      claimId: claim.claimId,
      outcome: 'partial',
      item: [
        { itemSequence: 1, eligible: KES(100_000), benefit: KES(100_000) },
        { itemSequence: 2, eligible: KES(0), benefit: KES(0), reasonCode: 'CO-50' },
      ],
    });
    await kernel.settle();

    const { result } = await kernel.runReport(financialPerformanceReport, { from: '2026-01-01', to: '2026-03-31' });
    const byCategory = rowsOf(result, 'Revenue per period and department', 'revenue by category');
    expect(byCategory.map((r) => [r.period, r.subject, r.value, r.numerator])).toEqual([
      ['2026-01-01', 'consultation', 1000, 1],
      ['2026-02-01', 'bed-day', 3000, 1],
      ['2026-02-01', 'consultation', 2000, 2],
    ]);
    expect(
      rowsOf(result, 'Revenue per period and department', 'revenue by payer').map((r) => [r.subject, r.value]),
    ).toEqual([
      [insurerId, 2000],
      ['self-pay', 4000],
    ]);
    expect(rowsOf(result, 'Collections', 'collected').map((r) => [r.period, r.value])).toEqual([['2026-03-01', 1000]]);
    expect(rowsOf(result, 'Collections', 'average days to payment')[0]).toMatchObject({ value: 12, denominator: 1 });
    const ageing = rowsOf(result, 'Accounts receivable ageing', 'owed');
    expect(ageing.map((r) => [r.subject, r.value, r.numerator])).toEqual([
      ['0–30 days', 3000, 1],
      ['31–60 days', 0, 0],
      ['61–90 days', 0, 0],
      ['over 90 days', 0, 0],
    ]);
    expect(rowsOf(result, 'Claim denial rate', 'denial rate (%)')[0]).toMatchObject({
      subject: insurerId,
      value: 50,
      numerator: 1,
      denominator: 2,
    });
    expect(rowsOf(result, 'Claim denial rate', 'lines not paid in full, reason CO-50')[0]).toMatchObject({ value: 1 });
  });
});
