import type { Page } from 'playwright-core';
import { ADMIN_PASSWORD, type HttpClient, type ServerProcess } from '../../api/test/e2e-support';
import { screenshot, untilWorksOffline } from './browser';
import { e2eSuite } from './e2e-suite';

/**
 * The inventory screens in a real browser against the real server with only the inventory plugin: a ward store low on a
 * medicine, an issue taken from the lot that expires first, a refusal explained, and a purchase order raised and
 * delivered until the store is no longer low. Invented items, lots and suppliers only.
 */
const DAY = 24 * 3600 * 1000;
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);
const ITEM = 'Testamol 250 mg tablet';

const suite = e2eSuite('hms_e2e_web_inventory', 'inventory');
let server: ServerProcess;
let http: HttpClient;
let token: string;
beforeAll(() => {
  ({ server, http, token } = suite());
});

const call = async (method: string, path: string, body: unknown) => {
  const answer = await http.call(method, path, { token, body });
  if (answer.status >= 300) throw new Error(`${method} ${path} answered ${answer.status}: ${answer.text}`);
  return answer.body;
};

const signedIn = (): Promise<Page> => suite().signedIn('admin', ADMIN_PASSWORD, { width: 1200, height: 1500 });

describe('the inventory screens in Chromium', () => {
  it('issues from the earliest lot, explains a refusal, and orders and receives until the store is no longer low', async () => {
    const location = await call('POST', '/api/inventory/locations', { code: 'W4B', name: 'Ward 4B store' });
    const item = await call('POST', '/api/inventory/items', {
      code: 'MED-TESTAMOL-250',
      name: ITEM,
      category: 'medicine',
      unit: 'tablet',
    });
    await call('PUT', `/api/inventory/items/${item.id}/locations/${location.id}/reorder-level`, {
      reorderLevel: 100,
      reorderQuantity: 200,
    });
    await call('POST', '/api/inventory/receipts', {
      itemId: item.id,
      locationId: location.id,
      quantity: 50,
      lot: 'LATER-22',
      expiresOn: inDays(400),
      supplier: 'Invented Pharma Ltd',
    });
    await call('POST', '/api/inventory/receipts', {
      itemId: item.id,
      locationId: location.id,
      quantity: 30,
      lot: 'SOON-11',
      expiresOn: inDays(40),
      supplier: 'Invented Pharma Ltd',
    });

    const page = await signedIn();
    // The start page: the inventory's home widget shows what is low, without opening the inventory.
    const home = page.getByRole('region', { name: 'Below reorder level' });
    await home.getByRole('row').filter({ hasText: ITEM }).getByText('80 tablets / 100 tablets').waitFor();
    await page.goto(`${server.url}/inventory`);
    await page.getByRole('navigation', { name: 'Modules' }).getByRole('link', { name: 'Inventory' }).waitFor();
    const low = page.getByRole('table', { name: 'Below reorder level' });
    const lowRow = low.getByRole('row').filter({ hasText: ITEM });
    await lowRow.getByText('80 tablets / 100 tablets').waitFor();
    await lowRow.getByText('nothing on order').waitFor();
    await page
      .getByRole('region', { name: 'Expiring within 60 days' })
      .getByText(/lot SOON-11 at Ward 4B store/)
      .waitFor();

    // The item: stock with its lots, earliest expiry first.
    await lowRow.getByRole('link', { name: ITEM, exact: true }).click();
    await page.getByRole('heading', { name: `${ITEM} (MED-TESTAMOL-250)` }).waitFor();
    const stock = page.getByRole('table', { name: 'Stock by location' });
    const wardRow = stock.getByRole('row').filter({ hasText: 'Ward 4B store' });
    await wardRow.getByText('80 tablets', { exact: true }).waitFor();
    expect(await wardRow.getByRole('listitem').allInnerTexts()).toEqual([
      expect.stringMatching(/^SOON-11 .* 30 tablets/),
      expect.stringMatching(/^LATER-22 .* 50 tablets/),
    ]);

    const issue = page.getByRole('region', { name: 'Issue', exact: true });
    await issue.getByLabel('Quantity').fill('20');
    await issue.getByLabel('Issued to').fill('Ward 4B treatment room');
    await issue.getByRole('button', { name: 'Issue', exact: true }).click();
    await page.getByRole('status').getByText('Issued.').waitFor();
    await wardRow.getByText('60 tablets', { exact: true }).waitFor();
    await wardRow
      .getByRole('listitem')
      .filter({ hasText: 'SOON-11' })
      .getByText(/10 tablets/)
      .waitFor();
    await wardRow
      .getByRole('listitem')
      .filter({ hasText: 'LATER-22' })
      .getByText(/50 tablets/)
      .waitFor();
    await page
      .getByRole('table', { name: 'Stock card' })
      .getByRole('row')
      .filter({ hasText: 'Issued to: Ward 4B treatment room' })
      .getByText('−20 tablets')
      .waitFor();
    const afterIssue = await call('GET', `/api/inventory/items/${item.id}`, undefined);
    expect(afterIssue.stock[0].lots.map((l: { lot: string; quantity: number }) => [l.lot, l.quantity])).toEqual([
      ['SOON-11', 10],
      ['LATER-22', 50],
    ]);
    await screenshot(page, 'inventory-item');

    // More than there is: refused, explained, nothing changed.
    await issue.getByLabel('Quantity').fill('500');
    await issue.getByRole('button', { name: 'Issue', exact: true }).click();
    await issue
      .getByRole('alert')
      .getByText('Only 60 tablets can be used here; 500 tablets asked for. Expired lots are not issued.')
      .waitFor();
    expect(await issue.getByLabel('Quantity').inputValue()).toBe('500');
    expect((await call('GET', `/api/inventory/items/${item.id}`, undefined)).onHand).toBe(60);

    // Another desk issues: the page follows without a reload (the live channel).
    await call('POST', '/api/inventory/issues', {
      itemId: item.id,
      locationId: location.id,
      quantity: 5,
      issuedTo: 'Theatre 1',
    });
    await wardRow.getByText('55 tablets', { exact: true }).waitFor();

    // A purchase order from the low-stock list, then its delivery.
    await page.getByRole('link', { name: 'Inventory', exact: true }).first().click();
    await low.getByRole('link', { name: `Raise order: ${ITEM}` }).click();
    await page.getByRole('heading', { name: 'Purchase orders', level: 1 }).waitFor();
    const raise = page.getByRole('region', { name: 'Raise order' });
    await raise.getByLabel('Supplier').fill('Invented Pharma Ltd');
    // The catalogue arrives after the form: wait until the line has chosen the item from the low-stock link.
    await raise.locator('#order-item-0 option:checked', { hasText: /^Testamol/ }).waitFor({ state: 'attached' });
    expect(await raise.getByLabel('Quantity').inputValue()).toBe('200');
    expect(await raise.getByLabel('Deliver to').inputValue()).toBe(location.id);
    await raise.getByRole('button', { name: 'Raise order', exact: true }).click();
    await page.waitForURL(/\/inventory\/orders\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { name: /^Purchase order / }).waitFor();
    const lines = page.getByRole('table', { name: 'Lines' });
    await lines.getByRole('row').filter({ hasText: ITEM }).getByText('200 tablets').first().waitFor();

    const delivery = page.getByRole('region', { name: 'Receive delivery' });
    await delivery.getByLabel(`Lot of ${ITEM}`).waitFor();
    expect(await delivery.getByLabel(`Arrived: ${ITEM}`).inputValue()).toBe('200');
    await delivery.getByLabel(`Lot of ${ITEM}`).fill('FRESH-33');
    await delivery.getByLabel(`Expiry date of ${ITEM}`).fill(inDays(500));
    await delivery.getByRole('button', { name: 'Receive delivery' }).click();
    await page.getByRole('status').getByText('Delivery received.').waitFor();
    await page.getByText('Completed', { exact: true }).waitFor();
    expect(await lines.getByRole('row').filter({ hasText: ITEM }).getByRole('cell').allTextContents()).toEqual([
      '200 tablets',
      '200 tablets',
      '0 tablets',
    ]);

    await page.goto(`${server.url}/`);
    await page
      .getByRole('region', { name: 'Below reorder level' })
      .getByText('Nothing is below its reorder level.')
      .waitFor();
    await page.goto(`${server.url}/inventory`);
    await page.getByText('Nothing is below its reorder level.').waitFor();
    const catalogueRow = page.getByRole('table', { name: 'Catalogue' }).getByRole('row').filter({ hasText: ITEM });
    await catalogueRow.getByText('255 tablets').waitFor();
  });
  it('issues offline on the ward and, back online, the stock moves exactly once', async () => {
    const location = await call('POST', '/api/inventory/locations', { code: 'W5A', name: 'Ward 5A store' });
    const item = await call('POST', '/api/inventory/items', {
      code: 'SUP-GAUZE-10',
      name: 'Gauze swab 10 cm',
      category: 'supply',
      unit: 'each',
    });
    await call('POST', '/api/inventory/receipts', { itemId: item.id, locationId: location.id, quantity: 50 });
    const page = await signedIn();
    await page.goto(`${server.url}/inventory/items/${item.id}`);
    const stock = page.getByRole('table', { name: 'Stock by location' });
    const ward5aHolds50 = () =>
      stock.getByRole('row').filter({ hasText: 'Ward 5A store' }).getByText('50', { exact: false }).first().waitFor();
    await ward5aHolds50();
    await untilWorksOffline(page);
    // Making the page work offline may have reloaded it: the item is on screen again before the network goes.
    await ward5aHolds50();
    await page.context().setOffline(true);
    const issue = page.getByRole('region', { name: 'Issue', exact: true });
    await issue.getByLabel('Quantity').fill('5');
    await issue.getByLabel('Issued to').fill('Ward 5A dressing trolley');
    await issue.getByRole('button', { name: 'Issue', exact: true }).click();
    await page
      .getByRole('status')
      .getByText('Recorded on this computer; it is issued when the network is back.')
      .waitFor();
    await page.getByText('1 action waiting to be sent').waitFor();
    expect((await call('GET', `/api/inventory/items/${item.id}`, undefined)).onHand).toBe(50);

    await page.context().setOffline(false);
    await page.getByText('Everything is sent').waitFor();
    expect((await call('GET', `/api/inventory/items/${item.id}`, undefined)).onHand).toBe(45);
    // Sent again (a reload, a second tab): the same entry id lands nothing more.
    await page.reload();
    await page.getByText('Everything is sent').waitFor();
    expect((await call('GET', `/api/inventory/items/${item.id}`, undefined)).onHand).toBe(45);
  });
});
