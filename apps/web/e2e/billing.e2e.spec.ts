import type { Page } from 'playwright-core';
import { screenshot } from './browser';
import { e2eSuite, type E2eSuite } from './e2e-suite';

/**
 * The billing screens in a real browser against the real server with patient and billing: a patient's account at
 * the cash desk, its open charges invoiced, a malformed amount refused beside the form, a part payment taken and
 * shown on the invoice list; a claim submitted and appealed from the worklist; the month's finance figures from
 * analytics' financial report. Invented patients and prices only.
 */
const suite = e2eSuite('hms_e2e_web_billing', 'patient,billing,analytics');
let server: E2eSuite['server'];
let http: E2eSuite['http'];
let token: string;
beforeAll(() => {
  ({ server, http, token } = suite());
});

const call = async (method: string, path: string, body?: unknown) => {
  const answer = await http.call(method, path, { token, body });
  if (answer.status >= 300) throw new Error(`${method} ${path} answered ${answer.status}: ${answer.text}`);
  return answer.body;
};

const signedIn = (): Promise<Page> => suite().signedIn(undefined, undefined, { width: 1200, height: 1500 });

describe('the billing screens in Chromium', () => {
  it('invoices the open charges, refuses a malformed amount, takes a part payment and lists the invoice', async () => {
    const patient = await call('POST', '/api/patients', {
      givenName: 'Imara',
      familyName: 'Billington',
      birthDate: '1984-06-02',
      gender: 'female',
    });
    await call('POST', '/api/billing/services', {
      serviceCode: 'CONS-GP',
      name: 'General consultation',
      category: 'consultation',
    });
    const list = await call('POST', '/api/billing/price-lists', {
      name: 'Self-pay',
      payer: { kind: 'self-pay' },
      currency: 'KES',
    });
    await call('POST', `/api/billing/price-lists/${list.priceListId}/prices`, {
      serviceCode: 'CONS-GP',
      unitPrice: { amount: 150_000, currency: 'KES' },
      validFrom: '2020-01-01',
    });
    await call('POST', `/api/billing/accounts/${patient.id}/charges`, {
      encounterId: '7a7a7a7a-3333-4333-8333-333333333333',
      serviceCode: 'CONS-GP',
      serviceDate: new Date().toISOString().slice(0, 10),
      quantity: 1,
      source: { kind: 'manual', reason: 'Walk-in consultation' },
    });

    const page = await signedIn();
    await page.goto(`${server.url}/billing/accounts/${patient.id}`);
    await page.getByRole('heading', { name: /^Account: Imara Billington \(MRN \d+\)$/ }).waitFor();
    await page.getByRole('table', { name: 'Charges' }).getByRole('row').filter({ hasText: 'CONS-GP' }).waitFor();
    await page.getByText('1,500.00 KES').first().waitFor();

    await page.getByRole('button', { name: 'Draft and issue' }).click();
    const invoices = page.getByRole('table', { name: 'Invoices' });
    const invoiceRow = invoices.getByRole('row').filter({ hasText: /INV-\d{4}-000001/ });
    await invoiceRow.getByText('Issued').waitFor();

    const pay = page.getByRole('form', { name: 'Take a payment' });
    await pay.getByLabel('Amount (KES)').fill('12.345');
    await pay.getByRole('button', { name: 'Take payment' }).click();
    await page
      .getByRole('alert')
      .getByText('Enter an amount above zero in KES, with at most its minor digits.')
      .waitFor();
    expect((await call('GET', `/api/billing/accounts/${patient.id}`)).payments).toEqual([]);

    await pay.getByLabel('Amount (KES)').fill('1,000');
    await pay.getByLabel('Method').selectOption('card');
    await pay.getByLabel('Provider reference').fill('TERM-0001');
    await pay.getByRole('button', { name: 'Take payment' }).click();
    await invoiceRow.getByText('Partly paid').waitFor();
    await invoiceRow.getByText('500.00 KES', { exact: true }).waitFor();
    await page
      .getByRole('table', { name: 'Payments and refunds' })
      .getByRole('row')
      .filter({ hasText: 'TERM-0001' })
      .getByText('1,000.00 KES')
      .waitFor();
    await screenshot(page, 'billing-account');

    await page.goto(`${server.url}/billing`);
    await page
      .getByRole('table', { name: 'Invoices' })
      .getByRole('row')
      .filter({ hasText: 'INV-' })
      .getByText('Partly paid')
      .waitFor();
    await page.getByRole('link', { name: 'Services and prices' }).click();
    await page
      .getByRole('table', { name: /^Self-pay · Self-pay · KES/ })
      .getByRole('row')
      .filter({ hasText: 'General consultation (CONS-GP)' })
      .getByText('1,500.00 KES')
      .waitFor();
  });

  it('opens the claims worklist on the drafts, and follows the status chosen', async () => {
    const page = await signedIn();
    await page.goto(`${server.url}/billing/claims`);
    await page.getByRole('heading', { name: 'Insurance claims' }).waitFor();
    expect(await page.getByLabel('Status').inputValue()).toBe('draft');
    await page.getByText('No claim in this state.').waitFor();
    await page.getByLabel('Status').selectOption('');
    await page.getByText('No claim in this state.').waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
  });

  it('opens a decided claim line by line, refuses an appeal without a reason in words, and appeals the denied line', async () => {
    const payerId = '5e5e5e5e-4444-4444-8444-444444444444';
    const list = await call('POST', '/api/billing/price-lists', {
      name: 'Jamii Insurance',
      payer: { kind: 'insurer', payerId },
      currency: 'KES',
    });
    await call('POST', `/api/billing/price-lists/${list.priceListId}/prices`, {
      serviceCode: 'CONS-GP',
      unitPrice: { amount: 120_000, currency: 'KES' },
      validFrom: '2020-01-01',
    });
    const patient = await call('POST', '/api/patients', {
      givenName: 'Zuri',
      familyName: 'Claimant',
      birthDate: '1990-02-14',
      gender: 'female',
    });
    const cover = await call('POST', `/api/billing/accounts/${patient.id}/coverages`, {
      payerId,
      policyNumber: 'JAMII-1',
      validFrom: '2020-01-01',
      terms: {
        deductiblePerYear: { amount: 0, currency: 'KES' },
        copays: [],
        coinsuranceBp: 0,
        excludedServices: [],
        excludedCategories: [],
      },
    });
    const charge = await call('POST', `/api/billing/accounts/${patient.id}/charges`, {
      encounterId: '7a7a7a7a-5555-4555-8555-555555555555',
      serviceCode: 'CONS-GP',
      serviceDate: new Date().toISOString().slice(0, 10),
      quantity: 1,
      source: { kind: 'manual', reason: 'Review' },
    });
    const drafted = await call('POST', '/api/billing/claims', {
      patientId: patient.id,
      coverageId: cover.coverageId,
      chargeIds: [charge.chargeId],
      diagnosis: [
        {
          sequence: 1,
          diagnosisCodeableConcept: { coding: [{ system: 'http://hl7.org/fhir/sid/icd-10', code: 'J18.9' }] },
        },
      ],
    });

    const page = await signedIn();
    await page.goto(`${server.url}/billing/claims`);
    const row = page
      .getByRole('table', { name: 'Insurance claims' })
      .getByRole('row')
      .filter({ hasText: '1,200.00 KES' });
    await row.getByRole('button', { name: 'Open' }).click();
    await page.getByRole('button', { name: 'Submit to the payer' }).click();
    await page.getByRole('status').getByText('Done: the claim is now under “Submitted”.').waitFor();
    expect((await call('GET', `/api/billing/claims/${drafted.claimId}`)).status).toBe('submitted');

    const claim = `/api/billing/claims/${drafted.claimId}`;
    await call('POST', `${claim}/accept`, { payerReference: 'JAMII-CLM-9' });
    await call('POST', `${claim}/adjudication`, {
      outcome: 'partial',
      item: [
        {
          itemSequence: 1,
          eligible: { amount: 120_000, currency: 'KES' },
          benefit: { amount: 20_000, currency: 'KES' },
          reasonCode: 'CO-45',
        },
      ],
    });
    await page.reload();
    await page.getByLabel('Status').selectOption('adjudicated');
    await row.getByRole('button', { name: 'Open' }).click();
    const lines = page.getByRole('table', { name: 'Lines and the payer’s decision' });
    const line = lines.getByRole('row').filter({ hasText: 'CONS-GP' });
    await line.getByText('Partly paid').waitFor();
    await line.getByText('payer code CO-45').waitFor();
    await line.getByText('1,000.00 KES').waitFor(); // what the patient pays now

    const appeal = page.getByRole('form', { name: 'Appeal' });
    await appeal.getByLabel('Line 1').check();
    await appeal.getByRole('button', { name: 'Appeal' }).click();
    await page.getByRole('alert').getByText('Say why the payer should pay these lines.').waitFor();
    expect((await call('GET', claim)).status).toBe('adjudicated');
    await appeal.getByLabel('Reason for the appeal').fill('Tariff agreed in the contract');
    await appeal.getByRole('button', { name: 'Appeal' }).click();
    await page.getByRole('status').getByText('Done: the claim is now under “Appealed”.').waitFor();
    expect((await call('GET', claim)).status).toBe('appealed');
  });

  it("shows the month's finance figures from the financial report: revenue, collections, receivables by age", async () => {
    const page = await signedIn();
    await page.goto(`${server.url}/billing`);
    await page.getByRole('link', { name: 'Finance this month' }).click();
    await page.getByRole('heading', { name: 'Finance this month' }).waitFor();
    // Analytics follows billing's events a moment behind: open the screen again until the charges are counted.
    const revenue = page.getByRole('definition').filter({ hasText: '2,700.00 KES' });
    for (let attempt = 0; attempt < 10 && !(await revenue.isVisible()); attempt += 1) {
      await page
        .getByText(/^(Revenue this month|The financial report could not be run)/)
        .first()
        .waitFor();
      if (await revenue.isVisible()) break;
      await page.waitForTimeout(500);
      await page.reload();
    }
    await revenue.waitFor(); // 1,500.00 + 1,200.00 charged today
    await page.getByRole('definition').filter({ hasText: '1,000.00 KES' }).waitFor(); // the part payment
    await page
      .getByRole('table', { name: 'Receivables by age' })
      .getByRole('row')
      .filter({ hasText: '0–30 days' })
      .getByText('500.00 KES')
      .waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
  });
});
