import { randomUUID } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '@hms/core/testing';
import { readPdf } from '@hms/sdk/testing';
import { ADMIN_PASSWORD, assertServerBuilt, HttpClient, registration, ServerProcess } from './e2e-support';

/**
 * Billing through the compiled API: problem+json refusals that change nothing, a charge, an invoice issued and
 * partly paid, a duplicate provider confirmation, a refund, and the invoice PDF.
 */
describe('billing over HTTP', () => {
  let database: TestDatabase;
  let server: ServerProcess;
  let http: HttpClient;
  let token: string;
  let patientId: string;

  beforeAll(async () => {
    assertServerBuilt();
    database = await createTestDatabase('hms_e2e_billing');
    server = await ServerProcess.start({
      DATABASE_URL: database.url,
      HMS_ADMIN_PASSWORD: ADMIN_PASSWORD,
      HMS_LOG_LEVEL: 'warn',
    });
    http = new HttpClient(server.url);
    token = await http.login('admin', ADMIN_PASSWORD);
    patientId = (await http.call<{ id: string }>('POST', '/api/patients', { token, body: registration() })).body.id;
    await http.call('POST', '/api/billing/services', {
      token,
      body: { serviceCode: 'CONS-GP', name: 'General consultation', category: 'consultation' },
    });
    const list = await http.call<{ priceListId: string }>('POST', '/api/billing/price-lists', {
      token,
      body: { name: 'Self-pay', payer: { kind: 'self-pay' }, currency: 'KES' },
    });
    await http.call('POST', `/api/billing/price-lists/${list.body.priceListId}/prices`, {
      token,
      body: { serviceCode: 'CONS-GP', unitPrice: { amount: 150_000, currency: 'KES' }, validFrom: '2020-01-01' },
    });
  }, 60_000);
  afterAll(async () => {
    await server?.kill();
    await database?.drop();
  });

  it('refuses money as a fraction, an unknown service and an unknown patient with problem+json, charging nothing', async () => {
    const charge = (body: Record<string, unknown>, patient = patientId) =>
      http.call('POST', `/api/billing/accounts/${patient}/charges`, {
        token,
        body: {
          encounterId: '6f1c6f1c-1111-4111-8111-111111111111',
          serviceCode: 'CONS-GP',
          serviceDate: '2026-01-05',
          quantity: 1,
          source: { kind: 'manual', reason: 'Desk' },
          ...body,
        },
      });
    const fraction = await http.call('POST', `/api/billing/accounts/${patientId}/payments`, {
      token,
      body: { method: 'cash', amount: { amount: 10.5, currency: 'KES' } },
    });
    expect(fraction.status).toBe(400);
    expect(fraction.headers.get('content-type')).toContain('application/problem+json');
    const unknownService = await charge({ serviceCode: 'NOPE' });
    expect(unknownService.status).toBe(404);
    expect(unknownService.body).toMatchObject({ code: 'SERVICE_NOT_FOUND' });
    const unknownPatient = await charge({}, '0b0b0b0b-2222-4222-8222-222222222222');
    expect(unknownPatient.status).toBe(404);
    expect(unknownPatient.body).toMatchObject({ code: 'PATIENT_NOT_FOUND' });
    const account = await http.call<{ charges: unknown[]; credit: unknown }>(
      'GET',
      `/api/billing/accounts/${patientId}`,
      {
        token,
      },
    );
    expect(account.status).toBe(200);
    expect(account.body).toMatchObject({ charges: [], credit: null });
  });

  it('charges, invoices, takes a part payment once per provider reference, and prints the invoice', async () => {
    await http.call('POST', `/api/billing/accounts/${patientId}/charges`, {
      token,
      body: {
        encounterId: '6f1c6f1c-1111-4111-8111-111111111111',
        serviceCode: 'CONS-GP',
        serviceDate: '2026-01-05',
        quantity: 1,
        source: { kind: 'manual', reason: 'Desk' },
      },
    });
    const draft = await http.call<{ invoiceId: string }>('POST', `/api/billing/accounts/${patientId}/invoices`, {
      token,
      body: { scope: { kind: 'encounter', encounterId: '6f1c6f1c-1111-4111-8111-111111111111' } },
    });
    expect(draft.status).toBe(201);
    const issued = await http.call<{ number: string }>(
      'POST',
      `/api/billing/accounts/${patientId}/invoices/${draft.body.invoiceId}/issue`,
      { token, body: { dueOn: '2026-02-05' } },
    );
    expect(issued.body.number).toMatch(/^INV-\d{4}-000001$/);
    const pay = () =>
      http.call<{ recorded: boolean }>('POST', `/api/billing/accounts/${patientId}/payments`, {
        token,
        body: { method: 'card', amount: { amount: 50_000, currency: 'KES' }, providerReference: 'psp-77' },
      });
    expect((await pay()).body.recorded).toBe(true);
    expect((await pay()).body.recorded).toBe(false);
    const list = await http.call<{ invoices: { status: string; balance: { amount: number } }[] }>(
      'GET',
      `/api/billing/invoices?patientId=${patientId}`,
      { token },
    );
    expect(list.body.invoices).toEqual([
      expect.objectContaining({ status: 'partly-paid', balance: { amount: 100_000, currency: 'KES' } }),
    ]);
    const response = await fetch(`${server.url}/api/billing/invoices/${draft.body.invoiceId}/pdf`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const text = readPdf(Buffer.from(await response.arrayBuffer()))
      .pageTexts.flat()
      .join('\n');
    expect(text).toContain(issued.body.number);
    expect(text).toContain('Testfamily');
    expect(text).toContain('1,000.00 KES');
  });

  it('charges a completed appointment, invoices it, takes a part payment, refunds an overpayment and prints the receipt', async () => {
    const patient = (
      await http.call<{ id: string }>('POST', '/api/patients', {
        token,
        body: registration({ givenName: 'Baraka', familyName: 'Outpatient', birthDate: '1979-11-20', gender: 'male' }),
      })
    ).body.id;
    expect(
      (
        await http.call('PUT', '/api/billing/charge-rules', {
          token,
          body: { key: 'appointment-type:consultation', serviceCode: 'CONS-GP' },
        })
      ).status,
    ).toBeLessThan(300);
    // HR hires the doctor first: the employee id is the practitioner id of the calendar.
    const practitionerId = randomUUID();
    const hired = await http.call('POST', '/api/staff/employees', {
      token,
      body: {
        employeeId: practitionerId,
        givenName: 'Wambui',
        familyName: 'Doctor',
        workEmail: 'dr.wambui@hospital.test',
        departmentId: randomUUID(),
        position: 'Medical officer',
        staffNumber: 'BILL-1',
        firstTerm: {
          from: '2020-01-01',
          to: null,
          type: 'permanent',
          fte: 1,
          fullTimeWeeklyHours: 40,
          payGrade: 'C1',
          annualSalary: { amount: 12_000_000, currency: 'KES' },
        },
      },
    });
    expect(hired.status).toBe(201);
    const scheduled = await http.call('PUT', `/api/schedules/${practitionerId}`, {
      token,
      body: {
        timeZone: 'UTC',
        weeklyAvailability: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].map(
          (dayOfWeek) => ({ dayOfWeek, start: '00:00', end: '23:30', location: 'OPD 1' }),
        ),
        appointmentTypes: [{ code: 'consultation', durationMinutes: 15 }],
      },
    });
    expect(scheduled.status).toBe(200);
    const today = new Date().toISOString().slice(0, 10);
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    const slots = await http.call<{ items: { startsAt: string }[] }>(
      'GET',
      `/api/schedules/${practitionerId}/slots?type=consultation&from=${today}&to=${tomorrow}&limit=1`,
      { token },
    );
    const booked = await http.call<{ id: string }>('POST', '/api/appointments', {
      token,
      body: { patientId: patient, practitionerId, type: 'consultation', startsAt: slots.body.items[0]!.startsAt },
    });
    expect(booked.status).toBe(201);
    const appointmentId = booked.body.id;
    expect((await http.call('POST', `/api/appointments/${appointmentId}/check-in`, { token, body: {} })).status).toBe(
      200,
    );
    expect((await http.call('POST', `/api/appointments/${appointmentId}/complete`, { token, body: {} })).status).toBe(
      200,
    );

    // The charge is captured by billing's reaction to the completion, a moment later.
    type Account = {
      charges: { encounterId: string; patientShare: { amount: number } }[];
      credit: { amount: number } | null;
    };
    let account: Account = { charges: [], credit: null };
    for (let i = 0; i < 100 && account.charges.length === 0; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      account = (await http.call<Account>('GET', `/api/billing/accounts/${patient}`, { token })).body;
    }
    expect(account.charges).toEqual([
      expect.objectContaining({ encounterId: appointmentId, patientShare: { amount: 150_000, currency: 'KES' } }),
    ]);

    const draft = await http.call<{ invoiceId: string }>('POST', `/api/billing/accounts/${patient}/invoices`, {
      token,
      body: { scope: { kind: 'encounter', encounterId: appointmentId } },
    });
    await http.call('POST', `/api/billing/accounts/${patient}/invoices/${draft.body.invoiceId}/issue`, {
      token,
      body: { dueOn: tomorrow },
    });
    const part = await http.call<{ allocations: unknown[] }>('POST', `/api/billing/accounts/${patient}/payments`, {
      token,
      body: { method: 'cash', amount: { amount: 50_000, currency: 'KES' } },
    });
    expect(part.body.allocations).toHaveLength(1);
    // The rest, rounded up by the patient: 20.00 over, held as credit, then refunded.
    await http.call('POST', `/api/billing/accounts/${patient}/payments`, {
      token,
      body: { method: 'cash', amount: { amount: 102_000, currency: 'KES' } },
    });
    const refund = await http.call<{ refundId: string }>('POST', `/api/billing/accounts/${patient}/refunds`, {
      token,
      body: { method: 'cash', amount: { amount: 2_000, currency: 'KES' }, reason: 'Change given back' },
    });
    expect(refund.status).toBeLessThan(300);
    const after = (
      await http.call<Account & { owed: { amount: number } }>('GET', `/api/billing/accounts/${patient}`, { token })
    ).body;
    expect([after.owed.amount, after.credit?.amount]).toEqual([0, 0]);
    const receipt = await fetch(
      `${server.url}/api/billing/accounts/${patient}/payments/${refund.body.refundId}/receipt`,
      {
        headers: { authorization: `Bearer ${token}` },
      },
    );
    expect(receipt.headers.get('content-type')).toBe('application/pdf');
    const lines = readPdf(Buffer.from(await receipt.arrayBuffer())).pageTexts.flat();
    expect(lines.slice(0, 3)).toEqual(['Refund receipt', 'Hospital', expect.stringContaining('MRN')]);
    expect(lines.join('\n')).toContain('20.00 KES');
  });

  it('claims with the diagnosis from the chart, is partly denied, appealed and paid, and bills the patient the rest', async () => {
    const payerId = randomUUID();
    const list = await http.call<{ priceListId: string }>('POST', '/api/billing/price-lists', {
      token,
      body: { name: 'Jamii Insurance', payer: { kind: 'insurer', payerId }, currency: 'KES' },
    });
    await http.call('POST', `/api/billing/price-lists/${list.body.priceListId}/prices`, {
      token,
      body: { serviceCode: 'CONS-GP', unitPrice: { amount: 120_000, currency: 'KES' }, validFrom: '2020-01-01' },
    });
    const patient = (
      await http.call<{ id: string }>('POST', '/api/patients', {
        token,
        body: registration({ givenName: 'Zawadi', familyName: 'Insured', birthDate: '1988-04-09' }),
      })
    ).body.id;
    const cover = await http.call<{ coverageId: string }>('POST', `/api/billing/accounts/${patient}/coverages`, {
      token,
      body: {
        payerId,
        policyNumber: 'JAMII-42',
        validFrom: '2020-01-01',
        terms: {
          deductiblePerYear: { amount: 0, currency: 'KES' },
          copays: [],
          coinsuranceBp: 2000,
          excludedServices: [],
          excludedCategories: [],
        },
      },
    });
    expect(cover.status).toBe(201);
    const encounterId = randomUUID();
    const today = new Date().toISOString().slice(0, 10);
    const chargeIds: string[] = [];
    for (let i = 0; i < 2; i += 1) {
      const charged = await http.call<{ chargeId: string }>('POST', `/api/billing/accounts/${patient}/charges`, {
        token,
        body: {
          encounterId,
          serviceCode: 'CONS-GP',
          serviceDate: today,
          quantity: 1,
          source: { kind: 'manual', reason: 'Review' },
        },
      });
      chargeIds.push(charged.body.chargeId);
    }
    // The clinician records the diagnosis in the chart; the claim takes it from there.
    const problem = await http.call('POST', `/api/charts/${patient}/problems`, {
      token,
      body: { kind: 'diagnosis', code: 'J18.9' },
    });
    expect(problem.status).toBe(201);
    const drafted = await http.call<{
      claimId: string;
      diagnosis: { diagnosisCodeableConcept: { coding: { code: string }[] } }[];
    }>('POST', '/api/billing/claims', {
      token,
      body: { patientId: patient, coverageId: cover.body.coverageId, chargeIds },
    });
    expect(drafted.status).toBe(201);
    expect(drafted.body.diagnosis.map((d) => d.diagnosisCodeableConcept.coding[0]!.code)).toEqual(['J18.9']);
    const claim = `/api/billing/claims/${drafted.body.claimId}`;
    const step = async (path: string, body: unknown) => {
      const answer = await http.call<{ status: string }>('POST', `${claim}/${path}`, { token, body });
      expect([path, answer.status]).toEqual([path, 200]);
      return answer.body;
    };
    await step('submit', {});
    await step('accept', { payerReference: 'JAMII-CLM-1' });
    const decision = {
      outcome: 'partial',
      item: [
        {
          itemSequence: 1,
          eligible: { amount: 96_000, currency: 'KES' },
          benefit: { amount: 96_000, currency: 'KES' },
        },
        {
          itemSequence: 2,
          eligible: { amount: 96_000, currency: 'KES' },
          benefit: { amount: 36_000, currency: 'KES' },
          reasonCode: 'CO-45',
        },
      ],
    };
    await step('adjudication', decision);
    await step('appeal', { itemSequences: [2], reason: 'Tariff agreed in the contract' });
    await step('adjudication', decision); // the payer keeps its decision
    const paid = await step('remittances', {
      remittanceReference: 'JAMII-REM-7',
      amount: { amount: 132_000, currency: 'KES' },
    });
    expect(paid.status).toBe('paid');
    // The patient is billed their co-insurance (2 × 240.00) and what the payer did not pay (600.00).
    const invoice = await http.call<{ invoiceId: string }>('POST', `/api/billing/accounts/${patient}/invoices`, {
      token,
      body: { scope: { kind: 'encounter', encounterId } },
    });
    const account = await http.call<{ invoices: { invoiceId: string; total: { amount: number } }[] }>(
      'GET',
      `/api/billing/accounts/${patient}`,
      { token },
    );
    expect(account.body.invoices.find((i) => i.invoiceId === invoice.body.invoiceId)?.total.amount).toBe(108_000);
  });

  it("moves what an appeal won back from the patient's paid invoice to the payer: a credit note, the patient's credit, a balanced ledger", async () => {
    const kes = (amount: number) => ({ amount, currency: 'KES' });
    const payerId = randomUUID();
    const list = await http.call<{ priceListId: string }>('POST', '/api/billing/price-lists', {
      token,
      body: { name: 'Umoja Health Scheme', payer: { kind: 'insurer', payerId }, currency: 'KES' },
    });
    await http.call('POST', `/api/billing/price-lists/${list.body.priceListId}/prices`, {
      token,
      body: { serviceCode: 'CONS-GP', unitPrice: kes(120_000), validFrom: '2020-01-01' },
    });
    const patient = (
      await http.call<{ id: string }>('POST', '/api/patients', {
        token,
        body: registration({ givenName: 'Baraka', familyName: 'Appealed', birthDate: '1979-11-02' }),
      })
    ).body.id;
    const account = `/api/billing/accounts/${patient}`;
    const terms = {
      deductiblePerYear: kes(0),
      copays: [],
      coinsuranceBp: 2000,
      excludedServices: [],
      excludedCategories: [],
    };
    const cover = await http.call<{ coverageId: string }>('POST', `${account}/coverages`, {
      token,
      body: { payerId, policyNumber: 'UMOJA-7', validFrom: '2020-01-01', terms },
    });
    const encounterId = randomUUID();
    const charged = await http.call<{ chargeId: string }>('POST', `${account}/charges`, {
      token,
      body: {
        encounterId,
        serviceCode: 'CONS-GP',
        serviceDate: new Date().toISOString().slice(0, 10),
        quantity: 1,
        source: { kind: 'manual', reason: 'Review' },
      },
    });
    await http.call('POST', `/api/charts/${patient}/problems`, { token, body: { kind: 'diagnosis', code: 'J18.9' } });
    const drafted = await http.call<{ claimId: string }>('POST', '/api/billing/claims', {
      token,
      body: { patientId: patient, coverageId: cover.body.coverageId, chargeIds: [charged.body.chargeId] },
    });
    const claim = `/api/billing/claims/${drafted.body.claimId}`;
    const step = async (path: string, body: unknown) => {
      const answer = await http.call<{ status: string }>('POST', `${claim}/${path}`, { token, body });
      expect([path, answer.status]).toEqual([path, 200]);
      return answer.body;
    };
    const decided = (benefit: number) => ({
      outcome: benefit === 96_000 ? 'complete' : 'partial',
      item: [{ itemSequence: 1, eligible: kes(96_000), benefit: kes(benefit), reasonCode: 'CO-45' }],
    });
    await step('submit', {});
    await step('accept', { payerReference: 'UMOJA-CLM-1' });
    await step('adjudication', decided(36_000));
    // The patient is invoiced their co-insurance (240.00) and the 600.00 the payer would not pay, and pays it all.
    const draft = await http.call<{ invoiceId: string }>('POST', `${account}/invoices`, {
      token,
      body: { scope: { kind: 'encounter', encounterId } },
    });
    await http.call('POST', `${account}/invoices/${draft.body.invoiceId}/issue`, {
      token,
      body: { dueOn: '2099-01-01' },
    });
    await http.call('POST', `${account}/payments`, { token, body: { method: 'cash', amount: kes(84_000) } });
    // The appeal wins: the payer pays the line in full, so the 600.00 moves back to it.
    await step('appeal', { itemSequences: [1], reason: 'Tariff agreed in the contract' });
    await step('adjudication', decided(96_000));
    const after = await http.call<{
      credit: { amount: number };
      owed: { amount: number } | null;
      charges: { chargeId: string; patientShare: { amount: number }; payerShare: { amount: number } }[];
      invoices: { invoiceId: string; status: string; credited: { amount: number }; balance: { amount: number } }[];
    }>('GET', account, { token });
    expect(after.body.charges).toEqual([
      expect.objectContaining({ patientShare: kes(24_000), payerShare: kes(96_000) }),
    ]);
    expect(after.body.invoices).toEqual([
      expect.objectContaining({ status: 'paid', credited: kes(60_000), balance: kes(0) }),
    ]);
    expect(after.body.credit).toEqual(kes(60_000)); // theirs to take back as a refund
    const refund = await http.call('POST', `${account}/refunds`, {
      token,
      body: { method: 'cash', amount: kes(60_000), reason: 'Appeal won: the scheme pays' },
    });
    expect(refund.status).toBeLessThan(300);
    const paid = await step('remittances', { remittanceReference: 'UMOJA-REM-1', amount: kes(96_000) });
    expect(paid.status).toBe('paid');
    const ledger = await http.call<{
      debits: number;
      credits: number;
      accounts: { account: string; balance: number }[];
    }>('GET', '/api/billing/ledger/trial-balance', { token });
    expect(ledger.body.debits).toBe(ledger.body.credits);
    // The scheme owed its 960.00 (the 600.00 came back to it by the credit note) and paid it: nothing is left.
    expect(ledger.body.accounts.find((a) => a.account === `payer-receivable:${payerId}`)?.balance).toBe(0);
  });

  it("starts a card payment, and keeps the provider's webhook closed to anything unsigned (no provider configured here)", async () => {
    const started = await http.call<{ cardPaymentId: string }>(
      'POST',
      `/api/billing/accounts/${patientId}/card-payments`,
      {
        token,
        body: { amount: { amount: 20_000, currency: 'KES' } },
      },
    );
    expect(started.status).toBe(201);
    expect(started.body.cardPaymentId).toMatch(/^[0-9a-f-]{36}$/);
    const event = {
      id: 'evt_1',
      type: 'payment.succeeded',
      data: {
        chargeId: 'ch_1',
        metadata: { cardPaymentId: started.body.cardPaymentId },
        amount: 20_000,
        currency: 'KES',
      },
    };
    // No session is asked, and a session is no substitute for the provider's signature.
    for (const options of [{}, { token }]) {
      const webhook = await http.call('POST', '/api/billing/payments/provider-events', { ...options, body: event });
      expect(webhook.status).toBe(401);
      expect(webhook.headers.get('content-type')).toContain('application/problem+json');
      expect(webhook.body).toMatchObject({ code: 'WEBHOOK_NOT_AUTHENTICATED' });
    }
    const account = await http.call<{ payments: { amount: { amount: number } }[] }>(
      'GET',
      `/api/billing/accounts/${patientId}`,
      { token },
    );
    expect(account.body.payments.map((p) => p.amount.amount)).not.toContain(20_000);
  });
});
