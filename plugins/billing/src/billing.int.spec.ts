import { randomUUID } from 'node:crypto';
import { createTestKernel, readPdf, type TestKernel } from '@hms/sdk/testing';
import { adtPlugin } from '@hms/plugin-adt';
import { AdmitPatient, DefineWard, DischargePatient, TransferPatient } from '@hms/plugin-adt/contracts';
import { patientPlugin } from '@hms/plugin-patient';
import { RegisterPatient } from '@hms/plugin-patient/contracts';
import { schedulingPlugin } from '@hms/plugin-scheduling';
import {
  BookAppointment,
  CancelAppointment,
  CheckInAppointment,
  CompleteAppointment,
  DefineSchedule,
} from '@hms/plugin-scheduling/contracts';
import {
  CorrectCharge,
  DraftInvoice,
  IssueCreditNote,
  IssueInvoice,
  PostCharge,
  ReceivePayment,
  RefundCredit,
  RegisterCoverage,
  ReverseCharge,
  VoidInvoice,
} from './contracts/account-commands';
import { CaptureCharge, SetChargeRule } from './contracts/capture';
import {
  AcceptClaim,
  AdjudicateClaim,
  AppealClaim,
  CreateClaim,
  RecordClaimPayment,
  RejectClaim,
  ResubmitClaim,
  SubmitClaim,
} from './contracts/claim-commands';
import { CreatePriceList, DefineService, RetireService, SetPrice } from './contracts/catalogue-commands';
import { CHARGE_READ, PAYMENT_TAKE } from './contracts/permissions';
import {
  GetAccount,
  GetInvoicePdf,
  GetReceiptPdf,
  GetTrialBalance,
  ListClaims,
  ListInvoices,
  ListPriceLists,
} from './contracts/queries';
import { billingPlugin } from './plugin';

/** Monday 2 March 2026, 08:00 UTC. */
const NOW = '2026-03-02T08:00:00.000Z';
const KES = (amount: number) => ({ amount, currency: 'KES' as const });
const DAY = 86_400_000;

const rejection = (promise: Promise<unknown>): Promise<{ status?: number; code?: string }> =>
  promise.then(
    () => ({}),
    (error: { status?: number; code?: string }) => error,
  );

describe('billing on the real kernel, with patients, scheduling and admissions', () => {
  let kernel: TestKernel;
  let registered = 0;
  let insurerListId: string;
  const insurerId = randomUUID();

  const register = async (): Promise<string> => {
    const birthDate = new Date(Date.UTC(1960, 0, 1) + ++registered * DAY).toISOString().slice(0, 10);
    const patient = await kernel.execute(RegisterPatient, {
      givenName: 'Amina',
      familyName: `Billing${registered}`,
      birthDate,
      gender: 'female',
    });
    return patient.id;
  };
  const account = async (patientId: string) => await kernel.ask(GetAccount, { patientId });
  const manualCharge = async (patientId: string, serviceCode = 'CONS-GP', quantity = 1, serviceDate = '2026-03-02') =>
    await kernel.execute(PostCharge, {
      patientId,
      encounterId: randomUUID(),
      serviceCode,
      serviceDate,
      quantity,
      source: { kind: 'manual', reason: 'Dressing change at the desk' },
    });
  const invoiced = async (patientId: string) => {
    const { invoiceId } = await kernel.execute(DraftInvoice, {
      patientId,
      scope: { kind: 'period', from: '2026-01-01', to: '2026-12-31' },
    });
    return await kernel.execute(IssueInvoice, { patientId, invoiceId, dueOn: '2026-04-01' });
  };

  beforeAll(async () => {
    kernel = await createTestKernel({ plugins: [patientPlugin, schedulingPlugin, adtPlugin, billingPlugin], now: NOW });
    await kernel.execute(DefineService, {
      serviceCode: 'CONS-GP',
      name: 'General consultation',
      category: 'consultation',
    });
    await kernel.execute(DefineService, {
      serviceCode: 'BED-GEN',
      name: 'Bed-day, general ward',
      category: 'bed-day',
      wardClass: 'general',
    });
    await kernel.execute(DefineService, {
      serviceCode: 'BED-ICU',
      name: 'Bed-day, intensive care',
      category: 'bed-day',
      wardClass: 'intensive-care',
    });
    const selfPay = await kernel.execute(CreatePriceList, {
      name: 'Self-pay',
      payer: { kind: 'self-pay' },
      currency: 'KES',
    });
    await kernel.execute(SetPrice, {
      priceListId: selfPay.priceListId,
      serviceCode: 'CONS-GP',
      unitPrice: KES(150_000),
      validFrom: '2026-01-01',
    });
    await kernel.execute(SetPrice, {
      priceListId: selfPay.priceListId,
      serviceCode: 'BED-GEN',
      unitPrice: KES(400_000),
      validFrom: '2026-01-01',
    });
    await kernel.execute(SetPrice, {
      priceListId: selfPay.priceListId,
      serviceCode: 'BED-ICU',
      unitPrice: KES(1_500_000),
      validFrom: '2026-01-01',
    });
    insurerListId = (
      await kernel.execute(CreatePriceList, {
        name: 'Demo insurer',
        payer: { kind: 'insurer', payerId: insurerId },
        currency: 'KES',
      })
    ).priceListId;
    await kernel.execute(SetPrice, {
      priceListId: insurerListId,
      serviceCode: 'CONS-GP',
      unitPrice: KES(120_000),
      validFrom: '2026-01-01',
    });
  });
  afterAll(async () => kernel?.close());

  describe('the catalogue and price lists', () => {
    it('prices a charge at the price in force on the service date, and a later price change leaves it alone', async () => {
      const patientId = await register();
      await manualCharge(patientId, 'CONS-GP', 1, '2026-03-01');
      const [list] = (await kernel.ask(ListPriceLists, {})).priceLists.filter((l) => l.payer.kind === 'self-pay');
      await kernel.execute(SetPrice, {
        priceListId: list!.priceListId,
        serviceCode: 'CONS-GP',
        unitPrice: KES(180_000),
        validFrom: '2026-06-01',
      });
      await manualCharge(patientId, 'CONS-GP', 1, '2026-06-15');
      const { charges } = await account(patientId);
      expect(charges.map((c) => [c.serviceDate, c.unitPrice.amount])).toEqual([
        ['2026-03-01', 150_000],
        ['2026-06-15', 180_000],
      ]);
      const prices = (await kernel.ask(ListPriceLists, {})).priceLists
        .find((l) => l.priceListId === list!.priceListId)!
        .prices.filter((p) => p.serviceCode === 'CONS-GP');
      expect(prices).toEqual([
        { serviceCode: 'CONS-GP', unitPrice: KES(150_000), validFrom: '2026-01-01', validTo: '2026-05-31' },
        { serviceCode: 'CONS-GP', unitPrice: KES(180_000), validFrom: '2026-06-01', validTo: null },
      ]);
    });

    it("prices a covered patient's charge from the insurer's list and splits it", async () => {
      const patientId = await register();
      await kernel.execute(RegisterCoverage, {
        patientId,
        payerId: insurerId,
        policyNumber: 'POL-1',
        validFrom: '2026-01-01',
        terms: {
          deductiblePerYear: KES(0),
          copays: [],
          coinsuranceBp: 2000,
          excludedServices: [],
          excludedCategories: [],
        },
      });
      await manualCharge(patientId);
      const [charge] = (await account(patientId)).charges;
      expect(charge).toMatchObject({ unitPrice: KES(120_000), patientShare: KES(24_000), payerShare: KES(96_000) });
    });

    it('refuses bad input and rule breaks in their own words, changing nothing', async () => {
      const patientId = await register();
      expect(
        await rejection(
          kernel.execute(SetPrice, {
            priceListId: insurerListId,
            serviceCode: 'CONS-GP',
            unitPrice: { amount: 1200.5, currency: 'KES' },
            validFrom: '2026-01-01',
          }),
        ),
      ).toMatchObject({ status: 400 });
      expect(
        await rejection(
          kernel.execute(CreatePriceList, { name: 'Again', payer: { kind: 'self-pay' }, currency: 'KES' }),
        ),
      ).toMatchObject({ status: 409, code: 'PRICE_LIST_EXISTS' });
      expect(await rejection(manualCharge(patientId, 'NO-SUCH'))).toMatchObject({
        status: 404,
        code: 'SERVICE_NOT_FOUND',
      });
      await kernel.execute(DefineService, { serviceCode: 'OLD-1', name: 'Old service', category: 'other' });
      await kernel.execute(RetireService, { serviceCode: 'OLD-1', reason: 'No longer offered' });
      expect(await rejection(manualCharge(patientId, 'OLD-1'))).toMatchObject({ status: 422, code: 'SERVICE_RETIRED' });
      expect(await rejection(manualCharge(patientId, 'CONS-GP', 1, '2025-12-31'))).toMatchObject({
        status: 422,
        code: 'NO_PRICE_IN_FORCE',
      });
      expect((await account(patientId)).charges).toEqual([]);
      const unknown = randomUUID();
      expect(await rejection(manualCharge(unknown))).toMatchObject({ status: 404, code: 'PATIENT_NOT_FOUND' });
      expect((await account(unknown)).version).toBe(0);
    });

    it('lets a cashier take payments but not charge by hand', async () => {
      const patientId = await register();
      // The desk's patient look-up comes with the patient plugin's front-desk permission.
      const cashier = { permissions: [CHARGE_READ.name, PAYMENT_TAKE.name, 'patient:record:read'] };
      expect(
        await rejection(
          kernel.execute(
            PostCharge,
            {
              patientId,
              encounterId: randomUUID(),
              serviceCode: 'CONS-GP',
              serviceDate: '2026-03-02',
              quantity: 1,
              source: { kind: 'manual', reason: 'x' },
            },
            cashier,
          ),
        ),
      ).toMatchObject({ status: 403, code: 'PERMISSION_REQUIRED' });
      await kernel.execute(ReceivePayment, { patientId, method: 'cash', amount: KES(5_000) }, cashier);
      expect((await account(patientId)).credit).toEqual(KES(5_000));
    });
  });

  describe('charge capture from other modules', () => {
    it('charges a completed appointment once, by its type, and never a cancelled one', async () => {
      await kernel.execute(SetChargeRule, { key: 'appointment-type:consultation', serviceCode: 'CONS-GP' });
      const practitionerId = randomUUID();
      await kernel.execute(DefineSchedule, {
        practitionerId,
        timeZone: 'Africa/Nairobi',
        weeklyAvailability: (['monday', 'tuesday', 'wednesday', 'thursday', 'friday'] as const).map((dayOfWeek) => ({
          dayOfWeek,
          start: '09:00',
          end: '12:00',
          location: 'OPD 1',
        })),
        appointmentTypes: [{ code: 'consultation', durationMinutes: 20 }],
      });
      const patientId = await register();
      const seen = await kernel.execute(BookAppointment, {
        patientId,
        practitionerId,
        type: 'consultation',
        startsAt: '2026-03-09T06:00:00Z',
      });
      const cancelled = await kernel.execute(BookAppointment, {
        patientId,
        practitionerId,
        type: 'consultation',
        startsAt: '2026-03-10T06:00:00Z',
      });
      await kernel.execute(CancelAppointment, { appointmentId: cancelled.id, reason: 'patient-request' });
      kernel.clock.advance(7 * DAY);
      await kernel.execute(CheckInAppointment, { appointmentId: seen.id });
      await kernel.execute(CompleteAppointment, { appointmentId: seen.id });
      await kernel.settle();
      // A re-run of the reaction from an old checkpoint captures nothing twice.
      await kernel.sql.query(
        `UPDATE core.projection_checkpoints SET transaction_id = '0', position = 0, position_floor = 0 WHERE name = 'reaction:billing.charge-appointments'`,
      );
      await kernel.settle();
      const { charges } = await account(patientId);
      expect(charges).toEqual([
        expect.objectContaining({
          encounterId: seen.id,
          serviceCode: 'CONS-GP',
          serviceDate: '2026-03-09',
          unitPrice: KES(150_000),
          status: 'posted',
        }),
      ]);
    });

    it('charges an admission of three nights three bed-days, each night at the ward it was spent on', async () => {
      const general = await kernel.execute(DefineWard, {
        code: 'GEN1',
        name: 'General 1',
        specialty: 'Medicine',
        beds: ['1'],
      });
      const icu = await kernel.execute(DefineWard, {
        code: 'ICU1',
        name: 'ICU 1',
        specialty: 'Critical care',
        beds: ['1'],
      });
      await kernel.execute(SetChargeRule, { key: 'ward:*', serviceCode: 'BED-GEN' });
      await kernel.execute(SetChargeRule, { key: `ward:${icu.id}`, serviceCode: 'BED-ICU' });
      const patientId = await register();
      // Admitted the next day, after midnight: an admission dated before the registration is refused.
      kernel.clock.advance(DAY);
      const day = (offset: number, time: string) =>
        `${new Date(Date.parse(kernel.clock.now()) + offset * DAY).toISOString().slice(0, 10)}T${time}:00.000Z`;
      // Admitted as the patient is registered (the clock's now): adt refuses a time before registration or after now.
      const [admitted, transferred, discharged] = [kernel.clock.now(), day(1, '20:00'), day(3, '10:00')];
      const stay = await kernel.execute(AdmitPatient, {
        patientId,
        wardId: general.id,
        bedId: general.beds[0]!.id,
        reason: { category: 'emergency', code: 'R07.4', text: 'Chest pain' },
        admittedAt: admitted,
      });
      kernel.clock.advance(2 * DAY);
      // Moved to intensive care in the evening of the second day: the second and third nights are spent there.
      await kernel.execute(TransferPatient, {
        patientId,
        toWardId: icu.id,
        toBedId: icu.beds[0]!.id,
        reason: { category: 'step-up', text: 'Deteriorating' },
        transferredAt: transferred,
      });
      kernel.clock.advance(2 * DAY);
      await kernel.execute(DischargePatient, {
        patientId,
        disposition: 'home',
        dischargedAt: discharged,
      });
      await kernel.settle();
      const { charges } = await account(patientId);
      expect(charges.map((c) => [c.serviceDate, c.serviceCode, c.encounterId])).toEqual([
        [admitted.slice(0, 10), 'BED-GEN', stay.stayId],
        [transferred.slice(0, 10), 'BED-ICU', stay.stayId],
        [day(-2, '00:00').slice(0, 10), 'BED-ICU', stay.stayId],
      ]);
    });

    it("reverses a captured charge once when its source is cancelled (a vendor plugin's mapping)", async () => {
      await kernel.execute(SetChargeRule, { key: 'lab-test:*', serviceCode: 'CONS-GP' });
      const patientId = await register();
      const capture = {
        patientId,
        encounterId: randomUUID(),
        chargeKey: 'lab-test:cbc',
        sourceKey: 'lab:order:42',
        serviceDate: '2026-03-02',
        quantity: 1,
      };
      const first = await kernel.execute(CaptureCharge, capture);
      expect(await kernel.execute(CaptureCharge, capture)).toEqual({ chargeId: null, serviceCode: 'CONS-GP' });
      const cancel = {
        patientId,
        by: { kind: 'source-cancelled' as const, sourceEventId: 'lab:order:42', cancelledByEventId: 'lab:cancel:42' },
      };
      expect(await kernel.execute(ReverseCharge, cancel)).toEqual({ reversed: [first.chargeId] });
      expect(await kernel.execute(ReverseCharge, cancel)).toEqual({ reversed: [] });
      expect(
        await rejection(kernel.execute(CaptureCharge, { ...capture, chargeKey: 'imaging:ct', sourceKey: 'x:1' })),
      ).toMatchObject({ status: 422, code: 'NO_CHARGE_RULE' });
    });
  });

  describe('invoices', () => {
    it('numbers invoices issued at the same moment consecutively, without gaps or duplicates', async () => {
      const patients = await Promise.all(Array.from({ length: 12 }, register));
      const drafts = await Promise.all(
        patients.map(async (patientId) => {
          await manualCharge(patientId);
          const { invoiceId } = await kernel.execute(DraftInvoice, {
            patientId,
            scope: { kind: 'period', from: '2026-01-01', to: '2026-12-31' },
          });
          return { patientId, invoiceId };
        }),
      );
      const before = await kernel.sql.query<{ n: string }>(
        `SELECT count(*)::text AS n FROM billing.invoices WHERE number IS NOT NULL`,
      );
      // One refused issue among them takes no number.
      const refused = rejection(
        kernel.execute(IssueInvoice, { patientId: drafts[0]!.patientId, invoiceId: randomUUID(), dueOn: '2026-04-01' }),
      );
      const issued = await Promise.all(drafts.map((d) => kernel.execute(IssueInvoice, { ...d, dueOn: '2026-04-01' })));
      expect(await refused).toMatchObject({ status: 404, code: 'INVOICE_NOT_FOUND' });
      const sequences = issued.map((i) => Number(i.number.slice(-6))).sort((a, b) => a - b);
      const first = Number(before[0]!.n) + 1;
      expect(sequences).toEqual(Array.from({ length: 12 }, (_, i) => first + i));
      expect(issued[0]!.number).toMatch(/^INV-2026-\d{6}$/);
    });

    it('gives no number to an issue refused after the number was taken (its draft lost its only line)', async () => {
      const patientId = await register();
      const { chargeId } = await manualCharge(patientId);
      const { invoiceId } = await kernel.execute(DraftInvoice, {
        patientId,
        scope: { kind: 'period', from: '2026-01-01', to: '2026-12-31' },
      });
      await kernel.execute(ReverseCharge, {
        patientId,
        by: { kind: 'manual', chargeId: chargeId!, reason: 'Entered on the wrong patient' },
      });
      const [last] = await kernel.sql.query<{ n: string }>(
        `SELECT max(number) AS n FROM billing.invoices WHERE number LIKE 'INV-2026-%'`,
      );
      // The decider refuses after the handler took the next number: the number goes back with the refusal.
      expect(
        await rejection(kernel.execute(IssueInvoice, { patientId, invoiceId, dueOn: '2026-04-01' })),
      ).toMatchObject({ status: 422, code: 'NOTHING_TO_INVOICE' });
      await manualCharge(patientId);
      const next = await invoiced(patientId);
      expect(Number(next.number.slice(-6))).toBe(Number(last?.n?.slice(-6) ?? 0) + 1);
    });

    it('corrects an issued charge by credit note, never by editing the invoice, and voids an untouched invoice', async () => {
      const patientId = await register();
      const { chargeId } = await manualCharge(patientId, 'CONS-GP', 2);
      const { invoiceId, total } = await invoiced(patientId);
      expect(total).toEqual(KES(300_000));
      const corrected = await kernel.execute(CorrectCharge, {
        patientId,
        chargeId: chargeId!,
        quantity: 1,
        reason: 'One consultation, not two',
      });
      const view = await account(patientId);
      const issued = view.invoices.find((i) => i.invoiceId === invoiceId)!;
      // The invoice keeps its lines and total; a credit note took the charge back.
      expect(issued).toMatchObject({ total: KES(300_000), credited: KES(300_000), balance: KES(0), status: 'paid' });
      expect(view.charges.map((c) => [c.chargeId, c.status, c.quantity])).toEqual(
        expect.arrayContaining([
          [chargeId, 'reversed', 2],
          [corrected.chargeId, 'posted', 1],
        ]),
      );
      // The corrected charge goes on a new invoice, which is voided untouched and may be drafted again.
      const again = await invoiced(patientId);
      expect(again.total).toEqual(KES(150_000));
      expect(
        await kernel.execute(VoidInvoice, {
          patientId,
          invoiceId: again.invoiceId,
          reason: 'Issued to the wrong payer',
        }),
      ).toEqual({ invoiceId: again.invoiceId, status: 'void' });
      expect((await account(patientId)).unbilled).toEqual(KES(150_000));
      expect(await rejection(kernel.execute(VoidInvoice, { patientId, invoiceId, reason: 'x' }))).toMatchObject({
        status: 422,
        code: 'INVOICE_HAS_ACTIVITY',
      });
      const ledger = await kernel.ask(GetTrialBalance, {});
      expect(ledger.debits).toBe(ledger.credits);
    });

    it('prints an issued invoice with the patient, the lines in words and the totals', async () => {
      const patientId = await register();
      await manualCharge(patientId, 'CONS-GP', 2);
      const { invoiceId, number } = await invoiced(patientId);
      const { pdf } = await kernel.ask(GetInvoicePdf, { invoiceId });
      const text = readPdf(pdf).pageTexts.join('\n');
      expect(text).toContain(`Invoice ${number}`);
      // No hospital name configured: the documents say "Hospital" on the line above the patient.
      expect(readPdf(pdf).pageTexts[0]!.slice(1, 3)).toEqual(['Hospital', expect.stringContaining('Billing')]);
      expect(text).toContain(`Billing${registered}`);
      expect(text).toContain('MRN');
      expect(text).toContain('General consultation');
      expect(text).toContain('3,000.00 KES');

      // For a reader who asked for Portuguese: the words, dates and amounts as a Brazilian clerk writes them.
      const inPortuguese = readPdf((await kernel.ask(GetInvoicePdf, { invoiceId, locale: 'pt-BR' })).pdf);
      const pt = inPortuguese.pageTexts.join('\n');
      expect(inPortuguese.title).toBe(`Fatura ${number}`);
      expect(pt).toContain('Total devido pelo paciente');
      expect(pt).toContain('3.000,00 KES');
      expect(pt).toContain('prontuário');
      expect(pt).toMatch(/Emitida em \d{1,2} de [a-zç]+\.? de \d{4}, situação: emitida/);
      expect(pt).toContain('Página 1 de 1');
      expect(pt).not.toContain('Balance');
    });
  });

  describe('insurance claims', () => {
    const diagnosis = [
      {
        sequence: 1,
        diagnosisCodeableConcept: { coding: [{ system: 'http://hl7.org/fhir/sid/icd-10' as const, code: 'J18.9' }] },
      },
    ];

    it('claims the payer share, is rejected and resubmitted, partly denied, appealed, paid, and bills the patient the rest', async () => {
      const patientId = await register();
      const { coverageId } = await kernel.execute(RegisterCoverage, {
        patientId,
        payerId: insurerId,
        policyNumber: 'POL-CLAIM',
        validFrom: '2026-01-01',
        terms: {
          deductiblePerYear: KES(0),
          copays: [],
          coinsuranceBp: 2000,
          excludedServices: [],
          excludedCategories: [],
        },
      });
      const first = await manualCharge(patientId);
      const second = await manualCharge(patientId);
      // The insurer's price 1,200.00: the payer's share of each is 960.00, the patient's 240.00.
      const claim = await kernel.execute(CreateClaim, {
        patientId,
        coverageId,
        chargeIds: [first.chargeId!, second.chargeId!],
        diagnosis,
      });
      expect(claim).toMatchObject({ status: 'draft', total: KES(192_000) });
      expect(claim.item.map((i) => [i.sequence, i.productOrService.code, i.net.amount])).toEqual([
        [1, 'CONS-GP', 96_000],
        [2, 'CONS-GP', 96_000],
      ]);
      expect(
        await rejection(
          kernel.execute(CreateClaim, { patientId, coverageId, chargeIds: [first.chargeId!], diagnosis }),
        ),
      ).toMatchObject({ status: 409, code: 'CLAIM_EXISTS' });
      const { claimId } = claim;
      await kernel.execute(SubmitClaim, { claimId });
      await kernel.execute(RejectClaim, { claimId, errors: [{ code: 'DX-MISSING' }] });
      expect((await kernel.ask(ListClaims, { status: 'rejected' })).claims.map((c) => c.claimId)).toContain(claimId);
      await kernel.execute(ResubmitClaim, { claimId, diagnosis });
      await kernel.execute(AcceptClaim, { claimId, payerReference: 'PAYER-123' });
      const partial = {
        claimId,
        outcome: 'partial' as const,
        item: [
          { itemSequence: 1, eligible: KES(96_000), benefit: KES(96_000) },
          { itemSequence: 2, eligible: KES(96_000), benefit: KES(36_000), reasonCode: 'CO-45' },
        ],
      };
      expect(
        await rejection(
          kernel.execute(AdjudicateClaim, {
            ...partial,
            item: [partial.item[0]!, { ...partial.item[1]!, reasonCode: undefined }],
          }),
        ),
      ).toMatchObject({ status: 422, code: 'DENIAL_REASON_REQUIRED' });
      const adjudicated = await kernel.execute(AdjudicateClaim, partial);
      expect(adjudicated.adjudicated.map((a) => [a.status, a.patientResponsibility.amount])).toEqual([
        ['paid', 0],
        ['partly-paid', 60_000],
      ]);
      // The patient now owes their own shares and what the payer did not pay.
      const afterDecision = await account(patientId);
      const shares = (chargeId: string | null) => {
        const c = afterDecision.charges.find((x) => x.chargeId === chargeId);
        return [c?.patientShare.amount, c?.payerShare.amount];
      };
      expect([shares(first.chargeId), shares(second.chargeId)]).toEqual([
        [24_000, 96_000],
        [84_000, 36_000],
      ]);
      // The appeal is heard and the payer keeps its decision: nothing more moves.
      await kernel.execute(AppealClaim, { claimId, itemSequences: [2], reason: 'Tariff agreed in contract' });
      await kernel.execute(AdjudicateClaim, partial);
      expect((await account(patientId)).charges.find((c) => c.chargeId === second.chargeId)).toMatchObject({
        patientShare: KES(84_000),
      });
      await kernel.execute(RecordClaimPayment, { claimId, remittanceReference: 'ERA-1', amount: KES(132_000) });
      await kernel.execute(RecordClaimPayment, { claimId, remittanceReference: 'ERA-1', amount: KES(132_000) });
      expect((await kernel.ask(ListClaims, { status: 'paid' })).claims.map((c) => c.claimId)).toContain(claimId);
      const { total } = await invoiced(patientId);
      expect(total).toEqual(KES(108_000));
      // The remittance, recorded once, settles the payer's receivable by what it paid.
      const [owedByClaim] = await kernel.sql.query<{ n: string }>(
        `SELECT count(*)::text AS n FROM billing.ledger_postings WHERE account = $1 AND credit = 132000`,
        [`payer-receivable:${insurerId}`],
      );
      expect(owedByClaim!.n).toBe('1');
      const ledger = await kernel.ask(GetTrialBalance, {});
      expect(ledger.debits).toBe(ledger.credits);
    });
  });

  describe('payments and the ledger', () => {
    it('takes a partial payment, then the rest, refunds an overpayment, and the ledger balances', async () => {
      const patientId = await register();
      await manualCharge(patientId);
      const { invoiceId, number } = await invoiced(patientId);
      const part = await kernel.execute(ReceivePayment, { patientId, method: 'cash', amount: KES(50_000) });
      expect(part.allocations).toEqual([{ invoiceId, amount: KES(50_000) }]);
      expect((await kernel.ask(ListInvoices, { patientId })).invoices[0]).toMatchObject({
        status: 'partly-paid',
        balance: KES(100_000),
      });
      const rest = await kernel.execute(ReceivePayment, {
        patientId,
        method: 'card',
        amount: KES(120_000),
        providerReference: 'card-txn-1',
      });
      expect(rest.credit).toEqual(KES(20_000));
      const receipt = readPdf((await kernel.ask(GetReceiptPdf, { patientId, paymentId: rest.paymentId! })).pdf);
      const receiptText = receipt.pageTexts.join('\n');
      expect(receipt.title).toBe('Receipt');
      expect(receiptText).toContain('1,200.00 KES');
      expect(receiptText).toContain('card-txn-1');
      expect(receiptText).toContain(`${number}`);
      expect(receiptText).toContain('Kept as credit');
      expect(receiptText).toContain('MRN');
      const recibo = readPdf(
        (
          await kernel.ask(GetReceiptPdf, {
            patientId,
            paymentId: rest.paymentId!,
            locale: 'pt-BR',
            timeZone: 'America/Sao_Paulo',
          })
        ).pdf,
      );
      expect(recibo.title).toBe('Recibo');
      const reciboText = recibo.pageTexts.join('\n');
      expect(reciboText).toContain('1.200,00 KES');
      expect(reciboText).toContain('Cartão');
      expect(reciboText).toContain('Mantido como crédito');
      expect(reciboText).toContain('(America/Sao_Paulo)');
      // The provider's confirmation delivered again records nothing.
      expect(
        await kernel.execute(ReceivePayment, {
          patientId,
          method: 'card',
          amount: KES(120_000),
          providerReference: 'card-txn-1',
        }),
      ).toMatchObject({ recorded: false, paymentId: null });
      // Another account cannot reuse the reference.
      expect(
        await rejection(
          kernel.execute(ReceivePayment, {
            patientId: await register(),
            method: 'card',
            amount: KES(1_000),
            providerReference: 'card-txn-1',
          }),
        ),
      ).toMatchObject({ status: 409, code: 'PROVIDER_REFERENCE_TAKEN' });
      await kernel.execute(RefundCredit, {
        patientId,
        method: 'cash',
        amount: KES(20_000),
        reason: 'Overpaid at the desk',
      });
      expect(
        await rejection(kernel.execute(RefundCredit, { patientId, method: 'cash', amount: KES(1), reason: 'x' })),
      ).toMatchObject({ status: 422, code: 'REFUND_EXCEEDS_CREDIT' });
      // A credit note after payment becomes credit, refunded too.
      await kernel.execute(IssueCreditNote, { patientId, invoiceId, amount: KES(30_000), reason: 'Goodwill' });
      await kernel.execute(RefundCredit, {
        patientId,
        method: 'bank-transfer',
        amount: KES(30_000),
        reason: 'Goodwill',
      });
      const view = await account(patientId);
      expect(view).toMatchObject({ credit: KES(0), owed: KES(0), unbilled: KES(0) });
      expect(view.payments.map((p) => p.kind)).toEqual(['payment', 'payment', 'refund', 'refund']);

      const ledger = await kernel.ask(GetTrialBalance, {});
      expect(ledger.debits).toBe(ledger.credits);
      const patientLedger = await kernel.sql.query<{ account: string; balance: string }>(
        `SELECT account, sum(debit - credit)::text AS balance FROM billing.ledger_postings
          WHERE account LIKE $1 GROUP BY account ORDER BY account`,
        [`%:${patientId}`],
      );
      expect(patientLedger.map((r) => [r.account.split(':')[0], Number(r.balance)])).toEqual([
        ['patient-credit', 0],
        ['patient-receivable', 0],
        ['patient-unbilled', 0],
      ]);
    });

    it('never over-pays an invoice when two payments race for it', async () => {
      const patientId = await register();
      await manualCharge(patientId);
      const { invoiceId } = await invoiced(patientId);
      const pay = () =>
        kernel.execute(ReceivePayment, {
          patientId,
          method: 'cash',
          amount: KES(150_000),
          allocation: { kind: 'explicit', invoices: [{ invoiceId, amount: KES(150_000) }] },
        });
      await Promise.all([pay(), pay(), pay()]);
      const view = await account(patientId);
      expect(view.invoices[0]).toMatchObject({ status: 'paid', paid: KES(150_000), balance: KES(0) });
      expect(view.credit).toEqual(KES(300_000));
      const [row] = await kernel.sql.query<{ balance: string }>(
        `SELECT sum(debit - credit)::text AS balance FROM billing.ledger_postings WHERE invoice_id = $1`,
        [invoiceId],
      );
      expect(Number(row!.balance)).toBe(0);
      const ledger = await kernel.ask(GetTrialBalance, {});
      expect(ledger.debits).toBe(ledger.credits);
    });
  });
});

describe('billing with the patient plugin alone', () => {
  let kernel: TestKernel;
  beforeAll(async () => {
    kernel = await createTestKernel({ plugins: [patientPlugin, billingPlugin], now: NOW });
  });
  afterAll(async () => kernel?.close());

  it('boots and charges by hand without scheduling or admissions', async () => {
    await kernel.execute(DefineService, { serviceCode: 'PROC-1', name: 'Suturing', category: 'procedure' });
    const { priceListId } = await kernel.execute(CreatePriceList, {
      name: 'Self-pay',
      payer: { kind: 'self-pay' },
      currency: 'KES',
    });
    await kernel.execute(SetPrice, {
      priceListId,
      serviceCode: 'PROC-1',
      unitPrice: KES(250_000),
      validFrom: '2026-01-01',
    });
    const { id: patientId } = await kernel.execute(RegisterPatient, {
      givenName: 'Baraka',
      familyName: 'Alone',
      birthDate: '1980-05-05',
      gender: 'male',
    });
    const { chargeId } = await kernel.execute(PostCharge, {
      patientId,
      encounterId: randomUUID(),
      serviceCode: 'PROC-1',
      serviceDate: '2026-03-02',
      quantity: 1,
      source: { kind: 'manual', reason: 'Walk-in' },
    });
    expect(chargeId).toEqual(expect.any(String));
    expect((await kernel.ask(GetAccount, { patientId })).unbilled).toEqual(KES(250_000));
  });
});
