import path from 'node:path';
import type { Page } from 'playwright-core';
import { bootKernel } from '@hms/core';
import { INSTALLED_PLUGINS } from '@hms/api';
import { ADMIN_PASSWORD } from '../../api/test/e2e-support';
import { seriousViolations } from './axe';
import { screenshot } from './browser';
import { e2eSuite } from './e2e-suite';

/**
 * The administrator's screens in a real browser against the real server: the start page an administrator lands on,
 * the journey of a new colleague's account (create, give a role, disable), the roles matrix, modules and health,
 * the job queues, and the not-found pages. axe-core checks every page visited. Invented people only.
 */
/** A third-party plugin whose one job always refuses: its failed runs fill the queue screen. */
const COURIER = path.resolve(__dirname, 'fixtures/courier.plugin.cjs');
const suite = e2eSuite('hms_e2e_web_admin', `patient,adt,${COURIER}`);
const PASSWORD = 'a long enough passphrase for tests';
const TABLET = { width: 768, height: 1024 };

async function accessible(page: Page): Promise<void> {
  expect(await seriousViolations(page)).toEqual([]);
}

/** Queues one courier run through a kernel of this process on the server's database and queues; it fails at once. */
async function queueFailingDelivery(): Promise<void> {
  const kernel = await bootKernel({
    installed: INSTALLED_PLUGINS,
    selection: ['patient', 'adt', COURIER],
    database: { kind: 'server', url: suite().databaseUrl },
    poolSize: 2,
    jobs: { redisUrl: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379' },
  });
  try {
    await kernel.enqueue('courier.deliver-parcel', { parcelId: 'P-1001' }, { jobId: 'browser-parcel-1001' });
  } finally {
    await kernel.close();
  }
}

describe('the administration screens in Chromium', () => {
  it('lands an administrator on the administration overview, at desktop and tablet size', async () => {
    const { signedIn } = suite();
    for (const viewport of [{ width: 1280, height: 900 }, TABLET]) {
      const page = await signedIn('admin', ADMIN_PASSWORD, viewport);
      const overview = page.getByRole('region', { name: 'Administration' });
      await overview.getByText('Everything answers').waitFor();
      await overview.getByText('No failed jobs').waitFor();
      for (const link of ['Users', 'Roles and permissions', 'Modules and health', 'Job queues', 'Wards and beds']) {
        await overview.getByRole('link', { name: link, exact: true }).waitFor();
      }
      await page.getByRole('navigation', { name: 'Modules' }).getByRole('link', { name: 'Administration' }).waitFor();
      await accessible(page);
      if (viewport === TABLET) await screenshot(page, 'admin-home-tablet');
      else await screenshot(page, 'admin-home');
    }
  }, 120_000);

  it('creates an account, gives it a role and disables it, each step confirmed', async () => {
    const { signedIn, http, server } = suite();
    const page = await signedIn('admin', ADMIN_PASSWORD, { width: 1280, height: 1000 });
    await page.goto(`${server.url}/admin/users`);
    await page.getByRole('heading', { name: 'Users', level: 1 }).waitFor();
    await accessible(page);

    await page.getByRole('button', { name: 'Create a user' }).click();
    const editor = page.getByRole('region', { name: 'New user account' });
    await editor.getByLabel('Username').fill('nina');
    await editor.getByLabel('Full name').fill('Nina Newcomer');
    await editor.getByLabel('First password').fill('short');
    await editor.getByRole('checkbox', { name: /^front-desk/ }).check();
    await editor.getByRole('button', { name: 'Save' }).click();
    await page
      .getByRole('alertdialog', { name: 'Create the account nina?' })
      .getByRole('button', { name: 'Confirm' })
      .click();
    // The server's password rule, in words; nothing is created.
    await page.getByRole('alert').getByText('password', { exact: false }).first().waitFor();
    expect((await http.call('GET', '/api/admin/accounts', { token: suite().token })).body.items).toHaveLength(1);

    await editor.getByLabel('First password').fill(PASSWORD);
    await editor.getByRole('button', { name: 'Save' }).click();
    const confirmCreate = page.getByRole('alertdialog', { name: 'Create the account nina?' });
    await accessible(page);
    await confirmCreate.getByRole('button', { name: 'Confirm' }).click();
    await page.getByRole('status').filter({ hasText: 'The account nina is created.' }).waitFor();
    const table = page.getByRole('table', { name: 'User accounts' });
    const row = table.getByRole('row', { name: /Nina Newcomer/ });
    await row.getByRole('cell', { name: 'front-desk', exact: true }).waitFor();

    await page.getByLabel('Search by name, username or role').fill('newcomer');
    await table.getByRole('row', { name: /Administrator/ }).waitFor({ state: 'detached' });
    expect(await table.getByRole('row').count()).toBe(2); // the header and Nina
    await page.getByLabel('Search by name, username or role').fill('');

    await row.getByRole('button', { name: 'Roles' }).click();
    const roles = page.getByRole('region', { name: 'Roles of Nina Newcomer' });
    await roles.getByRole('checkbox', { name: /^nurse/ }).check();
    await roles.getByRole('button', { name: 'Save' }).click();
    await page
      .getByRole('alertdialog', { name: 'Give Nina Newcomer exactly these roles: front-desk, nurse?' })
      .getByRole('button', { name: 'Confirm' })
      .click();
    await row.getByRole('cell', { name: 'front-desk, nurse', exact: true }).waitFor();

    // A clinician not on the staff records: their account stands for the practitioner id their bookings name.
    await row.getByRole('button', { name: 'Practitioner' }).click();
    await page
      .getByRole('region', { name: 'Practitioner linked to Nina Newcomer' })
      .getByLabel('Practitioner id (as schedules and admissions name them)')
      .fill('dr-0042');
    await page.getByRole('button', { name: 'Save' }).click();
    await page
      .getByRole('alertdialog', { name: 'Link Nina Newcomer to practitioner dr-0042?' })
      .getByRole('button', { name: 'Confirm' })
      .click();
    await row.getByRole('cell', { name: 'dr-0042', exact: true }).waitFor();

    expect(
      (await http.call('POST', '/api/auth/login', { body: { username: 'nina', password: PASSWORD } })).status,
    ).toBe(200);
    await row.getByRole('button', { name: 'Disable' }).click();
    await page
      .getByRole('alertdialog', { name: /^Disable Nina Newcomer\?/ })
      .getByRole('button', { name: 'Confirm' })
      .click();
    await row.getByText('Disabled', { exact: true }).waitFor();
    await page.getByLabel('Status').selectOption('disabled');
    await table.getByRole('row', { name: /Administrator/ }).waitFor({ state: 'detached' });
    expect(await table.getByRole('row').count()).toBe(2); // the header and Nina
    await page.getByLabel('Status').selectOption('all');
    await screenshot(page, 'admin-users');
    const login = await http.call('POST', '/api/auth/login', { body: { username: 'nina', password: PASSWORD } });
    expect(login.status).toBe(401);
    // No one disables their own account from here: the button is not offered on the administrator's row.
    const own = table.getByRole('row', { name: /Administrator/ });
    await own.getByRole('button', { name: 'Reset password' }).waitFor();
    expect(await own.getByRole('button', { name: 'Disable' }).count()).toBe(0);
    expect(suite().cspViolations).toEqual([]);
  }, 120_000);

  it('shows roles against permissions by module, the system role read-only, and saves an edited role', async () => {
    const { signedIn, server, http, token } = suite();
    const page = await signedIn('admin', ADMIN_PASSWORD, { width: 1280, height: 1000 });
    await page.goto(`${server.url}/admin/roles`);
    await page.getByRole('heading', { name: 'Roles and permissions', level: 1 }).waitFor();
    const kernel = page.getByRole('table', { name: 'Permissions of Kernel' });
    await kernel.getByRole('columnheader', { name: 'admin' }).waitFor();
    await page.getByRole('table', { name: 'Permissions of adt' }).waitFor();
    await page.getByText('admin: Held by the system: every permission, read-only.').waitFor();
    expect(await page.getByRole('button', { name: 'Edit admin' }).count()).toBe(0);
    await accessible(page);
    await screenshot(page, 'admin-roles');

    await page.getByLabel('Name of the new role').fill('ward-clerk');
    await page.getByRole('button', { name: 'New role' }).click();
    const editor = page.getByRole('region', { name: 'Edit the role ward-clerk' });
    await editor.getByLabel('Description').fill('Keeps the ward lists');
    await editor.getByRole('checkbox', { name: /patient:ward:read/ }).check();
    await editor.getByRole('button', { name: 'Save the role' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Confirm' }).click();
    await page.getByRole('status').filter({ hasText: 'The role ward-clerk is saved.' }).waitFor();
    const saved = (await http.call('GET', '/api/admin/roles', { token })).body.items.find(
      (r: { name: string }) => r.name === 'ward-clerk',
    );
    expect(saved).toMatchObject({ description: 'Keeps the ward lists', permissions: ['patient:ward:read'] });
  }, 120_000);

  it('shows the modules with versions and every part of the health in words, and the job queues', async () => {
    const { signedIn, server } = suite();
    const page = await signedIn('admin', ADMIN_PASSWORD, { width: 1280, height: 900 });
    await page.goto(`${server.url}/admin/system`);
    const parts = page.getByRole('table', { name: 'Parts of the system' });
    for (const part of ['Database (PostgreSQL)', 'Redis (queues, sign-in counters)', 'Background jobs', 'Sessions']) {
      await parts
        .getByRole('row', { name: new RegExp(part.replace(/[()]/g, '\\$&')) })
        .getByText('Working')
        .waitFor();
    }
    const modules = page.getByRole('table', { name: 'Enabled modules' });
    await modules.getByRole('row', { name: /^adt/ }).getByRole('cell', { name: 'patient', exact: true }).waitFor();
    await page.getByText(/^Plugin SDK \d+\.\d+\.\d+$/).waitFor();
    await accessible(page);
    await screenshot(page, 'admin-system');
  }, 120_000);

  it('lists the failed jobs of a queue with their error, and retries one after confirming', async () => {
    const { signedIn, server, http, token } = suite();
    await queueFailingDelivery();
    const page = await signedIn('admin', ADMIN_PASSWORD, { width: 1280, height: 900 });
    await page.getByRole('region', { name: 'Administration' }).getByText('1 failed job').waitFor();
    await page.goto(`${server.url}/admin/queues`);
    const queues = page.getByRole('table', { name: 'Queues and their jobs by state' });
    await page.getByText('This server runs the jobs.').waitFor();
    await queues.getByRole('button', { name: '1 failed: show the failed job of courier' }).click();
    const failed = page.getByRole('table', { name: 'Failed jobs of courier' });
    const run = failed.getByRole('row', { name: /courier\.deliver-parcel/ });
    await run.getByText('PARCEL_ADDRESS_UNKNOWN').waitFor();
    await run.getByRole('cell', { name: /^1 of \d+$/ }).waitFor();
    await accessible(page);
    await screenshot(page, 'admin-queues');

    await run.getByRole('button', { name: 'Retry courier.deliver-parcel browser-parcel-1001' }).click();
    await page
      .getByRole('alertdialog', {
        name: 'Put courier.deliver-parcel (browser-parcel-1001) back in the queue to run again?',
      })
      .getByRole('button', { name: 'Retry' })
      .click();
    await page.getByRole('status').filter({ hasText: 'courier.deliver-parcel is back in the queue.' }).waitFor();
    const retried = await http.call('GET', '/api/audit/records?action=core.RetryJob', { token });
    expect(retried.body.items.map((r: { outcome: string; details: unknown }) => [r.outcome, r.details])).toEqual([
      ['success', { plugin: 'courier', jobId: 'browser-parcel-1001', job: 'courier.deliver-parcel' }],
    ]);
    expect(suite().cspViolations).toEqual([]);
  }, 120_000);

  it('keeps the screens from accounts without the permissions', async () => {
    const { http, token, signedIn, server } = suite();
    await http.call('POST', '/api/admin/accounts', {
      token,
      body: { username: 'dora', password: PASSWORD, displayName: 'Dora Desk', roles: ['front-desk'] },
    });
    const page = await signedIn('dora', PASSWORD);
    await page.getByRole('navigation', { name: 'Modules' }).getByRole('link', { name: 'Patients' }).waitFor();
    expect(
      await page.getByRole('navigation', { name: 'Modules' }).getByRole('link', { name: 'Administration' }).count(),
    ).toBe(0);
    expect(await page.getByRole('region', { name: 'Administration' }).count()).toBe(0);
    await page.goto(`${server.url}/admin/users`);
    await page.getByRole('alert').filter({ hasText: 'core:accounts:manage' }).waitFor();
  }, 120_000);

  it('answers an unknown address in the app and a bad top-level URL with a styled page and the way on', async () => {
    const { signedIn, server } = suite();
    const page = await signedIn('admin', ADMIN_PASSWORD);
    await page.goto(`${server.url}/admin/no-such-screen`);
    await page.getByRole('heading', { name: 'Page not found', level: 1 }).waitFor();
    const wayOn = page.getByRole('navigation', { name: 'Where to go from here' });
    await wayOn.getByRole('link', { name: 'Back to the start page' }).waitFor();
    await wayOn.getByRole('link', { name: 'Wards' }).waitFor();
    await accessible(page);
    await screenshot(page, 'not-found');

    const undecodable = await page.goto(`${server.url}/patients/%E0%A4%A`);
    expect(undecodable?.status()).toBe(400);
    await page.getByRole('heading', { name: 'Page not found', level: 1 }).waitFor();
    await accessible(page);

    const answer = await page.goto(`${server.url}/reports/last-year.pdf`);
    expect(answer?.status()).toBe(404);
    await page.getByRole('heading', { name: 'Page not found', level: 1 }).waitFor();
    await accessible(page);
    await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Start page' }).click();
    await page.getByRole('region', { name: 'Administration' }).waitFor();
    expect(suite().cspViolations).toEqual([]);
  }, 120_000);
});
