import type { Page } from 'playwright-core';
import { ADMIN_PASSWORD, type HttpClient, type ServerProcess } from '../../api/test/e2e-support';
import { screenshot } from './browser';
import { e2eSuite } from './e2e-suite';

/**
 * The payroll and training screens in a real browser against the real server (its own workers run the pay run):
 * a month run in the background to completion, its payslips and PDFs, the lock and a second run refused; who
 * is behind on mandatory training; and, with the signed-in account linked to one of the nurses, that nurse's own
 * payslip and the performance review they comment on and sign. Invented employees only.
 */
const WARD = '0d000000-0000-4000-8000-0000000000e3';
const suite = e2eSuite('hms_e2e_web_staff', 'staff');
let server: ServerProcess;
let http: HttpClient;
let token: string;
const nurses: string[] = [];
beforeAll(() => {
  ({ server, http, token } = suite());
});

const call = async (method: string, path: string, body: unknown) => {
  const answer = await http.call(method, path, { token, body });
  if (answer.status >= 300) throw new Error(`${method} ${path} answered ${answer.status}: ${answer.text}`);
  return answer.body;
};

const signedIn = (): Promise<Page> => suite().signedIn('admin', ADMIN_PASSWORD, { width: 1200, height: 1200 });

describe('the staff payroll and training screens in Chromium', () => {
  beforeAll(async () => {
    for (const n of [1, 2, 3]) {
      const hired = (await call('POST', '/api/staff/employees', {
        givenName: 'Invented',
        familyName: `Nurse ${n}`,
        workEmail: `invented.nurse${n}@hospital.test`,
        departmentId: WARD,
        position: 'Staff nurse',
        staffNumber: `E2E${n}`,
        firstTerm: {
          from: '2020-01-01',
          to: null,
          type: 'permanent',
          fte: 1,
          fullTimeWeeklyHours: 37.5,
          payGrade: 'N5',
          annualSalary: { amount: 3_900_000, currency: 'EUR' },
        },
      })) as { id: string };
      nurses.push(hired.id);
    }
    await call('PUT', '/api/staff/pay-groups/monthly-eur', {
      policy: { currency: 'EUR', overtimeMultiplier: 1.5, rules: [] },
    });
    await call('PUT', '/api/staff/training/mandatory/BLS', { validForMonths: 12, mandatoryFor: ['Staff nurse'] });
  });

  it('runs a month in the background to completion, shows its payslips, locks it and refuses to run it again', async () => {
    const page = await signedIn();
    page.on('dialog', (dialog) => void dialog.accept());
    await page.goto(`${server.url}/staff/payroll`);
    await page.getByRole('heading', { name: 'Payroll runs' }).waitFor();
    await page.getByLabel('Month').fill('2026-11');
    await page.getByRole('button', { name: 'Start the run' }).click();
    const runs = page.getByRole('table', { name: 'Pay runs' });
    const row = runs.getByRole('row').filter({ hasText: '2026-11-01 – 2026-11-30' });
    await row.getByText('Run 1: completed').waitFor();
    // 3 × 3,900,000 / 12 = 975,000 cents.
    await row.getByText('9,750.00 EUR').first().waitFor();
    await screenshot(page, 'staff-payroll');

    await row.getByRole('button', { name: 'Payslips' }).click();
    const payslips = page.getByRole('table', { name: 'monthly-eur, 2026-11-01 – 2026-11-30, run 1' });
    await payslips.getByRole('row').filter({ hasText: 'Invented Nurse 2' }).getByText('3,250.00 EUR').first().waitFor();
    const pdf = payslips.getByRole('link', { name: 'PDF' }).first();
    const href = await pdf.getAttribute('href');
    const answer = await page.request.get(`${server.url}${href}`);
    expect(answer.headers()['content-type']).toContain('application/pdf');

    await row.getByRole('button', { name: 'Lock' }).click();
    await page.getByRole('status').filter({ hasText: 'Locked: this period is final.' }).waitFor();
    await row.getByText('locked', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Start the run' }).click();
    await page.getByRole('alert').filter({ hasText: 'This pay period is locked' }).waitFor();
  }, 60_000);

  it('shows who is behind on mandatory training', async () => {
    const page = await signedIn();
    await page.goto(`${server.url}/staff/training`);
    const table = page.getByRole('table', { name: 'Mandatory training per person' });
    await table.getByRole('row').filter({ hasText: 'Invented Nurse 1' }).getByText('never done').waitFor();
    await page.getByText('0 of 3 mandatory courses in date (0 due within 30 days), 3 overdue.').waitFor();
  }, 60_000);

  it('shows a nurse their own payslip, and lets them comment on and sign their review', async () => {
    // The signed-in account becomes Nurse 2's: self-service answers the record linked to it.
    const me = (await call('GET', '/api/auth/me', undefined)) as { id: string };
    const [reviewer, nurse] = nurses;
    await call('PATCH', `/api/staff/employees/${nurse}`, { accountId: me.id });
    const { id: reviewId } = (await call('POST', '/api/staff/reviews', {
      employeeId: nurse,
      reviewerId: reviewer,
      cycle: '2026',
    })) as { id: string };
    const goal = '9b000000-0000-4000-8000-000000000001';
    await call('PUT', `/api/staff/reviews/${reviewId}/goals`, { goals: [{ goalId: goal, text: 'Lead the IV audit' }] });
    await call('POST', `/api/staff/reviews/${reviewId}/rating`, { ratings: [{ goalId: goal, rating: 4 }], overall: 4 });

    const page = await signedIn();
    page.on('dialog', (dialog) => void dialog.accept());
    await page.goto(`${server.url}/staff/me`);
    const payslips = page.getByRole('table', { name: 'My payslips' });
    const november = payslips.getByRole('row').filter({ hasText: '2026-11-01 – 2026-11-30' });
    await november.getByText('3,250.00 EUR').first().waitFor();
    const href = await november.getByRole('link', { name: 'PDF' }).getAttribute('href');
    const pdf = await page.request.get(`${server.url}${href}`);
    expect(pdf.headers()['content-type']).toContain('application/pdf');

    await page.goto(`${server.url}/staff/reviews`);
    const review = page.getByRole('article', { name: 'Invented Nurse 2, 2026' });
    await review.getByText('Lead the IV audit').waitFor();
    await review.getByLabel('Your comment (as employee)').fill('A good year; more IV work next year.');
    await review.getByRole('button', { name: 'Save the comment' }).click();
    await page.getByRole('status').filter({ hasText: 'Comment saved.' }).waitFor();
    await screenshot(page, 'staff-reviews');
    await review.getByRole('button', { name: 'Sign as employee' }).click();
    await page.getByRole('status').filter({ hasText: 'Signed.' }).waitFor();
    await review.getByText('Signed by: Employee').waitFor();
    // Signed: the comment is shown as written, no longer offered for editing, and signing is not offered again.
    await review.getByText('A good year; more IV work next year.').waitFor();
    expect(await review.getByRole('button', { name: 'Sign as employee' }).count()).toBe(0);
  }, 60_000);
});
