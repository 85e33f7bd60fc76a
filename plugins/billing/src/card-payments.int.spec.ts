import { randomUUID } from 'node:crypto';
import { createTestKernel, readPdf, type TestKernel } from '@hms/sdk/testing';
import { patientPlugin } from '@hms/plugin-patient';
import { RegisterPatient } from '@hms/plugin-patient/contracts';
import { DraftInvoice, IssueInvoice, PostCharge } from './contracts/account-commands';
import { RecordProviderEvent, StartCardPayment } from './contracts/card-payments';
import { CreatePriceList, DefineService, SetPrice } from './contracts/catalogue-commands';
import { GetAccount, GetReceiptPdf } from './contracts/queries';
import { sendCardPaymentsJob } from './jobs/send-card-payments.job';
import type { ProviderWebhook } from './payments/payment-provider';
import { TEST_SIGNATURE_HEADER, testPaymentProvider, type TestPaymentProvider } from './payments/test-payment-provider';
import { billingPlugin } from './plugin';
import { cardPaymentRoutes } from './routes/card-payment.routes';

const NOW = '2026-03-02T08:00:00.000Z';
const SECRET = 'shared-with-the-provider';
const KES = (amount: number) => ({ amount, currency: 'KES' as const });
const webhookRoute = cardPaymentRoutes.find((r) => 'command' in r && r.webhook !== undefined)!;

const rejection = (promise: Promise<unknown>): Promise<{ status?: number; code?: string }> =>
  promise.then(
    () => ({}),
    (error: { status?: number; code?: string }) => error,
  );

/**
 * Card payments through the test provider on the real kernel: started by the cashier, sent by the job, settled
 * by signed webhooks delivered late, twice, concurrently and out of order. (The kernel's side of the webhook route,
 * over HTTP with no session, is apps/api/test/billing-provider.e2e.spec.ts.)
 */
describe('card payments through a payment provider', () => {
  let kernel: TestKernel;
  let provider: TestPaymentProvider;
  let registered = 0;

  const register = async () =>
    (
      await kernel.execute(RegisterPatient, {
        givenName: 'Wanjiru',
        familyName: `Card${++registered}`,
        birthDate: `1980-01-${String(registered).padStart(2, '0')}`,
        gender: 'female',
      })
    ).id;
  /** A patient owing one issued invoice of 1,500.00. */
  const owing = async () => {
    const patientId = await register();
    await kernel.execute(PostCharge, {
      patientId,
      encounterId: randomUUID(),
      serviceCode: 'CONS-GP',
      serviceDate: '2026-03-02',
      quantity: 1,
      source: { kind: 'manual', reason: 'Consultation at the desk' },
    });
    const { invoiceId } = await kernel.execute(DraftInvoice, {
      patientId,
      scope: { kind: 'period', from: '2026-01-01', to: '2026-12-31' },
    });
    await kernel.execute(IssueInvoice, { patientId, invoiceId, dueOn: '2026-04-01' });
    return patientId;
  };
  const sendJob = async () =>
    await kernel.runJob(sendCardPaymentsJob, {}, { runId: randomUUID(), pluginOptions: { paymentProvider: provider } });
  /** What the webhook route hands the kernel for this webhook (undefined: refused with 401). */
  const accepted = (webhook: ProviderWebhook, options = { paymentProvider: provider }) =>
    'command' in webhookRoute
      ? webhookRoute.webhook!.accept(
          {
            params: {},
            query: {},
            headers: webhook.headers,
            body: JSON.parse(webhook.rawBody.toString()),
            rawBody: webhook.rawBody,
          },
          options,
        )
      : undefined;
  /** Delivers a webhook as the kernel would after the route accepted it. */
  const deliver = async (webhook: ProviderWebhook) => {
    const data = accepted(webhook);
    if (data === undefined) throw new Error('The route refused a genuine webhook');
    return await kernel.execute(RecordProviderEvent, RecordProviderEvent.schema.parse(data));
  };
  const account = async (patientId: string) => await kernel.ask(GetAccount, { patientId });

  beforeAll(async () => {
    provider = testPaymentProvider({ webhookSecret: SECRET });
    kernel = await createTestKernel({
      plugins: [
        patientPlugin,
        billingPlugin.configure({
          paymentProvider: provider,
          hospitalName: 'Mji Mkuu District Hospital',
          hospitalAddress: 'Hospital Road, Nakuru',
        }),
      ],
      now: NOW,
      commandLanes: 2,
    });
    await kernel.execute(DefineService, {
      serviceCode: 'CONS-GP',
      name: 'General consultation',
      category: 'consultation',
    });
    const { priceListId } = await kernel.execute(CreatePriceList, {
      name: 'Self-pay',
      payer: { kind: 'self-pay' },
      currency: 'KES',
    });
    await kernel.execute(SetPrice, {
      priceListId,
      serviceCode: 'CONS-GP',
      unitPrice: KES(150_000),
      validFrom: '2026-01-01',
    });
  });
  afterAll(async () => kernel?.close());

  it('starts a payment, sends it once, and records the asynchronous confirmation once however often it is delivered', async () => {
    const patientId = await owing();
    const { cardPaymentId } = await kernel.execute(StartCardPayment, { patientId, amount: KES(50_000) });
    expect((await account(patientId)).payments).toEqual([]);
    expect(provider.takeWebhooks()).toEqual([]);

    await sendJob();
    await sendJob(); // the next minute's run: nothing left to send, and the provider is not asked twice
    const [row] = await kernel.sql.query<{ status: string; provider: string; provider_payment_id: string }>(
      'SELECT status, provider, provider_payment_id FROM billing.card_payments WHERE id = $1',
      [cardPaymentId],
    );
    expect(row).toEqual({ status: 'sent', provider: 'test', provider_payment_id: expect.stringMatching(/^tp_pay_/) });
    expect((await account(patientId)).payments).toEqual([]); // nothing is paid until the provider says so

    const [processing, succeeded, ...more] = provider.takeWebhooks();
    expect(more).toEqual([]);
    expect(await deliver(processing!)).toMatchObject({ outcome: 'pending', paymentId: null });
    const first = await deliver(succeeded!);
    expect(first).toMatchObject({ patientId, outcome: 'recorded', paymentId: expect.any(String) });
    // The provider retries (it did not hear our answer): the same confirmation records nothing.
    expect(await deliver(succeeded!)).toMatchObject({ outcome: 'already-recorded', paymentId: null });
    // A stale "processing" after the success changes nothing either.
    expect(await deliver(processing!)).toMatchObject({ outcome: 'pending' });

    const after = await account(patientId);
    expect(after.payments).toEqual([
      expect.objectContaining({
        kind: 'payment',
        method: 'card',
        amount: KES(50_000),
        providerReference: expect.stringMatching(/^tp_ch_/),
      }),
    ]);
    expect(after.owed).toEqual(KES(100_000));
    const [settled] = await kernel.sql.query<{ status: string }>(
      'SELECT status FROM billing.card_payments WHERE id = $1',
      [cardPaymentId],
    );
    expect(settled!.status).toBe('succeeded');

    // The receipt names the hospital (as configured), the patient, and the provider's reference.
    const receipt = readPdf((await kernel.ask(GetReceiptPdf, { patientId, paymentId: first.paymentId! })).pdf);
    const head = receipt.pageTexts[0]!;
    expect(head.slice(1, 3)).toEqual([
      'Mji Mkuu District Hospital, Hospital Road, Nakuru',
      expect.stringMatching(/^Wanjiru Card\d+, MRN \d+, born \d{1,2} Jan 1980$/),
    ]);
    expect(head.join('\n')).toContain(after.payments[0]!.providerReference!);
  });

  it('records one payment when two deliveries of the same confirmation arrive at the same moment', async () => {
    const patientId = await owing();
    await kernel.execute(StartCardPayment, { patientId, amount: KES(150_000) });
    await sendJob();
    const succeeded = provider.takeWebhooks()[1]!;
    const outcomes = await Promise.all([deliver(succeeded), deliver(succeeded), deliver(succeeded)]);
    expect(outcomes.map((o) => o.outcome).sort()).toEqual(['already-recorded', 'already-recorded', 'recorded']);
    const after = await account(patientId);
    expect(after.payments.filter((p) => p.kind === 'payment')).toHaveLength(1);
    expect(after.owed).toEqual(KES(0));
    expect(after.credit).toEqual(KES(0));
  });

  it('records a decline without moving money, then a second card; out of order, the late decline does not undo the success', async () => {
    const patientId = await owing();
    const { cardPaymentId } = await kernel.execute(StartCardPayment, { patientId, amount: KES(10_051) }); // declined
    await sendJob();
    provider.attempt(cardPaymentId, 'approve'); // the patient tries another card
    const webhooks = provider.takeWebhooks();
    const types = webhooks.map((w) => JSON.parse(w.rawBody.toString()).type);
    expect(types).toEqual(['payment.processing', 'payment.failed', 'payment.processing', 'payment.succeeded']);
    // Delivered newest first: the success, then the first card's decline, late.
    for (const webhook of [...webhooks].reverse()) await deliver(webhook);
    for (const webhook of webhooks) await deliver(webhook); // and every one of them again
    const after = await account(patientId);
    expect(after.payments.map((p) => [p.kind, p.amount.amount])).toEqual([
      ['payment', 10_051],
      ['decline', 10_051],
    ]);
    expect(after.payments.find((p) => p.kind === 'decline')?.reason).toBe('insufficient_funds');
    expect(after.owed).toEqual(KES(150_000 - 10_051));
    const [row] = await kernel.sql.query<{ status: string }>('SELECT status FROM billing.card_payments WHERE id = $1', [
      cardPaymentId,
    ]);
    expect(row!.status).toBe('succeeded');
    // The decline came after the success: the cashiers are not told of a payment already made.
    expect((await kernel.notifications.list()).filter((n) => n.subjectKey === patientId)).toEqual([]);
  });

  it('tells the cashiers of a decline from the provider, once, and clears it when another card pays', async () => {
    const cashier = await kernel.notifications.addPerson({ roles: ['cashier'] });
    const patientId = await owing();
    const { cardPaymentId } = await kernel.execute(StartCardPayment, { patientId, amount: KES(10_051) }); // declined
    await sendJob();
    const declined = provider.takeWebhooks();
    for (const webhook of [...declined, ...declined]) await deliver(webhook);
    const ofAccount = async () =>
      (await kernel.notifications.list()).filter(
        (n) => n.kind === 'billing.payment-declined' && n.subjectKey === patientId,
      );
    expect(await ofAccount()).toMatchObject([
      {
        status: 'open',
        audience: { role: 'cashier' },
        link: `/billing/accounts/${patientId}`,
        facts: { cardPaymentId, method: 'card', amount: 10_051, currency: 'KES', declineCode: 'insufficient_funds' },
      },
    ]);
    expect((await ofAccount())[0]!.recipients).toContain(cashier.id);

    provider.attempt(cardPaymentId, 'approve');
    for (const webhook of provider.takeWebhooks()) await deliver(webhook);
    expect((await ofAccount()).map((n) => n.status)).toEqual(['resolved']);
  });

  it('refuses a forged or re-signed webhook, another amount, an unknown payment and another currency, recording nothing', async () => {
    const patientId = await owing();
    const { cardPaymentId } = await kernel.execute(StartCardPayment, { patientId, amount: KES(20_000) });
    await sendJob();
    const [, succeeded] = provider.takeWebhooks();
    const body = JSON.parse(succeeded!.rawBody.toString());
    const tampered = Buffer.from(JSON.stringify({ ...body, data: { ...body.data, amount: 2_000_000 } }));
    expect(accepted({ rawBody: tampered, headers: succeeded!.headers })).toBeUndefined();
    expect(accepted({ rawBody: succeeded!.rawBody, headers: {} })).toBeUndefined();
    expect(
      accepted({ rawBody: succeeded!.rawBody, headers: { [TEST_SIGNATURE_HEADER]: 't=1,v1=' + '0'.repeat(64) } }),
    ).toBeUndefined();
    const otherSecret = testPaymentProvider({ webhookSecret: 'not-ours' });
    expect(accepted(succeeded!, { paymentProvider: otherSecret })).toBeUndefined();
    expect(
      webhookRoute.method === 'POST' &&
        'command' in webhookRoute &&
        webhookRoute.webhook!.accept(
          { params: {}, query: {}, headers: succeeded!.headers, body, rawBody: succeeded!.rawBody },
          {},
        ),
    ).toBeUndefined(); // no provider configured: nothing is genuine

    const data = RecordProviderEvent.schema.parse(accepted(succeeded!));
    expect(await rejection(kernel.execute(RecordProviderEvent, { ...data, amount: KES(2_000_000) }))).toMatchObject({
      status: 422,
      code: 'PROVIDER_AMOUNT_MISMATCH',
    });
    expect(
      await rejection(kernel.execute(RecordProviderEvent, { ...data, cardPaymentId: randomUUID() })),
    ).toMatchObject({
      status: 404,
      code: 'CARD_PAYMENT_NOT_FOUND',
    });
    expect(
      await rejection(kernel.execute(StartCardPayment, { patientId, amount: { amount: 100, currency: 'USD' } })),
    ).toMatchObject({ status: 422, code: 'CURRENCY_MISMATCH' });
    expect(
      await rejection(kernel.execute(StartCardPayment, { patientId: randomUUID(), amount: KES(100) })),
    ).toMatchObject({
      status: 404,
      code: 'PATIENT_NOT_FOUND',
    });
    expect((await account(patientId)).payments).toEqual([]);
    expect(cardPaymentId).toEqual(data.cardPaymentId);
  });
});
