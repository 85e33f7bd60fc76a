import type { Page } from 'playwright-core';
import { bootKernel } from '@hms/core';
import { INSTALLED_PLUGINS } from '@hms/api';
import { seriousViolations } from './axe';
import { screenshot, signIn, untilWorksOffline } from './browser';
import { e2eSuite } from './e2e-suite';

/**
 * A session that ends while in use, in a real browser against the real server: the sign-in page, then back to the
 * same screen with the work done offline still sent exactly once; another person signing in on that computer never
 * sees or sends it; an idle screen learns of the end through the live channel. Invented people only.
 */
jest.setTimeout(120_000); // the live channel notices an ended session at its next heartbeat (25 s)

const suite = e2eSuite('hms_e2e_web_session', 'patient');
const PASSWORD = 'a long enough passphrase for tests';
const accounts: Record<string, string> = {};

/** Runs `sql` (with the account's id as $1) on the server's database. */
async function onSessions(sql: string, username: string): Promise<void> {
  const kernel = await bootKernel({
    installed: INSTALLED_PLUGINS,
    selection: ['patient'],
    database: { kind: 'server', url: suite().databaseUrl },
    poolSize: 1,
    jobs: { redisUrl: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379' },
  });
  try {
    await kernel.db.query(sql, [accounts[username]!]);
  } finally {
    await kernel.close();
  }
}

/** Ends every session of the account, as their expiry does (the trigger tells the server's caches). */
const endSessions = (username: string): Promise<void> =>
  onSessions(`DELETE FROM core.sessions WHERE account_id = $1`, username);

async function patientsNamed(familyName: string): Promise<string[]> {
  const { http, token } = suite();
  const answer = await http.call<{ items: { givenName: string }[] }>('POST', '/api/patients/search', {
    token,
    body: { q: familyName, limit: 50 },
  });
  return answer.body.items.map((p) => p.givenName);
}

/** Registers a patient with the browser offline: it waits in the outbox. */
async function registerOffline(page: Page, givenName: string, familyName: string): Promise<void> {
  await page.goto(`${suite().server.url}/patients`);
  await untilWorksOffline(page);
  await page.context().setOffline(true);
  await page.getByText('Offline').first().waitFor();
  await page.getByRole('link', { name: 'Register a patient' }).click();
  await page.getByLabel('Given name').fill(givenName);
  await page.getByLabel('Family name').fill(familyName);
  await page.getByLabel('Date of birth').fill('1970-02-03');
  await page.getByLabel('Gender').selectOption('male');
  await page.getByRole('button', { name: 'Register', exact: true }).click();
  await page.waitForURL(/\/patients$/);
  await page.getByText('1 action waiting to be sent').waitFor();
}

/** The sign-in page the ended session led to, remembering `path`; nobody named as signed in. */
async function atSignInAfterEnd(page: Page, path: string): Promise<void> {
  await page.waitForURL((url) => url.pathname === '/login' && url.searchParams.get('next') === path, {
    timeout: 60_000,
  });
  await page
    .getByRole('status')
    .getByText(/^Your session has ended\./)
    .waitFor();
  expect(await page.getByText(/Signed in as/).count()).toBe(0);
  expect(await page.getByRole('button', { name: 'Sign out' }).count()).toBe(0);
  expect(await seriousViolations(page)).toEqual([]);
}

async function signInHere(page: Page, username: string): Promise<void> {
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
}

describe('a session that ends while in use, in Chromium', () => {
  beforeAll(async () => {
    const { http, token } = suite();
    for (const [username, displayName] of [
      ['fran', 'Fran Desk'],
      ['gabe', 'Gabe Desk'],
    ] as const) {
      const created = await http.call<{ id: string }>('POST', '/api/admin/accounts', {
        token,
        body: { username, password: PASSWORD, displayName, roles: ['front-desk'] },
      });
      expect(created.status).toBe(201);
      accounts[username] = created.body.id;
    }
  });

  it('leads to sign-in and back to the same screen, the work done offline sent exactly once', async () => {
    const page = await suite().newPage();
    await signIn(page, suite().server.url, 'fran', PASSWORD);
    await registerOffline(page, 'Otto', 'Expiredson');

    await endSessions('fran');
    await page.context().setOffline(false); // the outbox sends, the server answers 401
    await atSignInAfterEnd(page, '/patients');
    await screenshot(page, 'session-ended');
    expect(await patientsNamed('Expiredson')).toEqual([]);

    await signInHere(page, 'fran');
    expect(new URL(page.url()).pathname).toBe('/patients');
    await page.getByText('Signed in as Fran Desk').waitFor();
    await page.getByText('Everything is sent').waitFor();
    expect(await patientsNamed('Expiredson')).toEqual(['Otto']);
  });

  it('deletes the unsent work, unsent and unseen, when someone else signs in on that computer', async () => {
    const page = await suite().newPage();
    await signIn(page, suite().server.url, 'fran', PASSWORD);
    await registerOffline(page, 'Wendy', 'Leftbehind');

    await endSessions('fran');
    await page.context().setOffline(false);
    await atSignInAfterEnd(page, '/patients');

    await signInHere(page, 'gabe');
    await page.getByText('Signed in as Gabe Desk').waitFor();
    await page.getByText('Everything is sent').waitFor();
    expect(await page.getByText('Leftbehind').count()).toBe(0);
    expect(await patientsNamed('Leftbehind')).toEqual([]);
  });

  it('takes an idle screen to sign-in when the live channel finds the session gone', async () => {
    const page = await suite().newPage();
    await signIn(page, suite().server.url, 'fran', PASSWORD);
    await page.goto(`${suite().server.url}/patients/new`);
    await page.getByLabel('Given name').waitFor();
    await endSessions('fran');
    await atSignInAfterEnd(page, '/patients/new');
    await signInHere(page, 'fran');
    expect(new URL(page.url()).pathname).toBe('/patients/new');
  });

  it('warns a few minutes before the session ends, in the header of every screen', async () => {
    const page = await suite().newPage();
    await signIn(page, suite().server.url, 'fran', PASSWORD);
    // Used just now (so reading it does not slide it) and ending in three minutes: an idle day almost over.
    await onSessions(
      `UPDATE core.sessions SET expires_at = now() + interval '3 minutes', last_seen_at = now() WHERE account_id = $1`,
      'fran',
    );
    await page.goto(`${suite().server.url}/patients`);
    const warning = page.getByRole('alert').filter({ hasText: /^Your session ends at \d\d:\d\d unless/ });
    await warning.waitFor();
    await warning.getByRole('button', { name: 'Stay signed in' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'session-ending-warning');
  });
});
