import { bootKernel } from '@hms/core';
import { INSTALLED_PLUGINS } from '@hms/api';
import { type HttpClient } from '../../api/test/e2e-support';
import { screenshot } from './browser';
import { e2eSuite } from './e2e-suite';

/**
 * The notification inbox in a real browser against the real server with the inventory plugin: a store runs low,
 * inventory's job raises the alert for the storekeeper role, the storekeeper's bell counts it live, the inbox lists
 * it, and acknowledging it empties the bell. Invented items and stores only.
 */
const PASSWORD = 'storekeeper browser passphrase';
const ITEM = 'Testolin swabs';

const suite = e2eSuite('hms_e2e_web_notifications', 'inventory');
let http: HttpClient;
let token: string;
beforeAll(async () => {
  ({ http, token } = suite());
  const created = await http.call('POST', '/api/admin/accounts', {
    token,
    body: { username: 'stores', password: PASSWORD, displayName: 'Sam Stores', roles: ['storekeeper'] },
  });
  if (created.status !== 201) throw new Error(`creating the storekeeper answered ${created.status}: ${created.text}`);
});

const call = async (method: string, path: string, body: unknown) => {
  const answer = await http.call(method, path, { token, body });
  if (answer.status >= 300) throw new Error(`${method} ${path} answered ${answer.status}: ${answer.text}`);
  return answer.body;
};

/**
 * Queues inventory's low-stock check now (it runs every ten minutes on its own) through a kernel of this process on
 * the server's database and queues; the server's workers run it.
 */
async function runLowStockCheck(): Promise<void> {
  const kernel = await bootKernel({
    installed: INSTALLED_PLUGINS,
    selection: ['inventory'],
    database: { kind: 'server', url: suite().databaseUrl },
    poolSize: 2,
    jobs: { redisUrl: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379' },
  });
  try {
    await kernel.enqueue('inventory.check-low-stock', {}, { jobId: 'browser-low-stock-check' });
  } finally {
    await kernel.close();
  }
}

describe('the notification inbox in Chromium', () => {
  it('shows the live count in the bell, lists the alert, and acknowledges it', async () => {
    const page = await suite().signedIn('stores', PASSWORD, { width: 1200, height: 900 });
    const bell = page.getByRole('link', { name: /^Notifications:/ });
    await page.getByRole('link', { name: 'Notifications: none unread' }).waitFor();

    const location = await call('POST', '/api/inventory/locations', { code: 'W2', name: 'Ward 2 store' });
    const item = await call('POST', '/api/inventory/items', {
      code: 'SWAB-TESTOLIN',
      name: ITEM,
      category: 'supply',
      unit: 'pack',
    });
    await call('PUT', `/api/inventory/items/${item.id}/locations/${location.id}/reorder-level`, {
      reorderLevel: 40,
      reorderQuantity: 100,
    });
    await runLowStockCheck();
    // The live channel brings the count: no reload.
    await page.getByRole('link', { name: 'Notifications: 1 unread' }).waitFor();

    await bell.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Notifications', level: 1 }).waitFor();
    const list = page.getByRole('table', { name: 'Your notifications' });
    const row = list.getByRole('row').filter({ hasText: 'Stock below reorder level' });
    await row.getByText('Warning').waitFor();
    await row.getByText('Unread').waitFor();
    const open = row.getByRole('link', { name: /^Open Stock below reorder level \(N-[A-Z0-9]{8}\)$/ });
    expect(await open.getAttribute('href')).toBe(`/inventory/items/${item.id}`);
    const snooze = row.getByRole('combobox', { name: /^Snooze N-[A-Z0-9]{8} for$/ });
    expect(await snooze.locator('option').allInnerTexts()).toEqual(['1 hour', '4 hours', 'Until tomorrow, 08:00']);
    await screenshot(page, 'notifications-inbox');

    await row.getByRole('button', { name: /^Acknowledge N-/ }).click();
    await row.getByRole('status').getByText('Acknowledged.').waitFor();
    await row.getByText('Acknowledged', { exact: true }).waitFor();
    await page.getByRole('link', { name: 'Notifications: none unread' }).waitFor();

    // The preferences: the kind is listed with its two outside channels, each labelled.
    const preferences = page.getByRole('region', { name: 'How you are told' });
    await preferences.getByRole('checkbox', { name: 'Stock below reorder level by text message' }).check();
    await preferences.getByLabel('Mobile number for text messages').fill('01632 960961');
    await preferences.getByRole('button', { name: 'Save preferences' }).click();
    await preferences.getByText('Enter the number in international form', { exact: false }).waitFor();
    await preferences.getByLabel('Mobile number for text messages').fill('+44 1632 960961');
    await preferences.getByRole('button', { name: 'Save preferences' }).click();
    await preferences.getByRole('status').getByText('Your preferences are saved.').waitFor();
    const saved = await http.call('GET', '/api/notifications/preferences', {
      token: await http.login('stores', PASSWORD),
    });
    expect(saved.body.contact.phone).toBe('+441632960961');
    expect(saved.body.kinds.find((k: { kind: string }) => k.kind === 'inventory.low-stock').sms).toBe(true);
    expect(suite().cspViolations).toEqual([]);
  });
});
