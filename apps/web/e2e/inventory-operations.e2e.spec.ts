import type { Page } from 'playwright-core';
import { ADMIN_PASSWORD, type HttpClient, type ServerProcess } from '../../api/test/e2e-support';
import { e2eSuite } from './e2e-suite';

/**
 * Inventory 1.5's screens in a real browser against the real server with only the inventory plugin: a supplier's
 * price list set on screen, the stock value and a ward's consumption read on screen, and an engineer recording a
 * failed calibration that takes a monitor out of service. Invented items, suppliers and devices only.
 */
const WARD = '6f1d2a3b-4c5d-4e6f-8a7b-000000000401';
const BIOMED = '6f1d2a3b-4c5d-4e6f-8a7b-000000000402';

const suite = e2eSuite('hms_e2e_web_inventory_operations', 'inventory');
let server: ServerProcess;
let http: HttpClient;
let token: string;
beforeAll(() => {
  ({ server, http, token } = suite());
});

const call = async (method: string, path: string, body?: unknown) => {
  const answer = await http.call(method, path, { token, body });
  if (answer.status >= 300) throw new Error(`${method} ${path} answered ${answer.status}: ${answer.text}`);
  return answer.body;
};

const signedIn = (): Promise<Page> => suite().signedIn('admin', ADMIN_PASSWORD, { width: 1200, height: 1500 });

describe('the suppliers, value, consumption and calibration screens in Chromium', () => {
  it('sets a price on the supplier’s page, and reads the stock value and a ward’s consumption', async () => {
    const store = await call('POST', '/api/inventory/locations', { code: 'MAIN', name: 'Main store' });
    const gauze = await call('POST', '/api/inventory/items', {
      code: 'GAUZE-10',
      name: 'Gauze swab 10 cm',
      category: 'supply',
      unit: 'pack',
    });
    await call('POST', '/api/inventory/suppliers', { name: 'Invented Medical Supplies', leadTimeDays: 7 });
    await call('POST', '/api/inventory/receipts', {
      itemId: gauze.id,
      locationId: store.id,
      quantity: 10,
      unitCost: { amount: 125, currency: 'USD' },
    });
    await call('POST', '/api/inventory/issues', {
      itemId: gauze.id,
      locationId: store.id,
      quantity: 4,
      issuedTo: 'Ward 7',
      costCentre: 'CC-7000',
    });

    const page = await signedIn();
    await page.goto(`${server.url}/inventory`);
    await page.getByRole('link', { name: 'Suppliers', exact: true }).click();
    await page.getByRole('heading', { name: 'Suppliers', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Invented Medical Supplies' }).click();
    await page.getByText('No price listed for this supplier yet.').waitFor();
    const form = page.getByRole('region', { name: 'Set a price' });
    await form.locator('#price-item option', { hasText: 'Gauze swab 10 cm' }).waitFor({ state: 'attached' });
    await form.getByLabel('Item').selectOption({ label: 'Gauze swab 10 cm (GAUZE-10, pack)' });
    await form.getByLabel('Price', { exact: true }).fill('10.055');
    await form.getByRole('button', { name: 'Set a price' }).click();
    await form
      .getByRole('alert')
      .getByText(/Give the price as an amount/)
      .waitFor();
    await form.getByLabel('Price', { exact: true }).fill('1.30');
    await form.getByRole('button', { name: 'Set a price' }).click();
    await page.getByRole('status').getByText('The price of Gauze swab 10 cm was set.').waitFor();
    const prices = page.getByRole('table', { name: 'Price list' });
    await prices.getByRole('row').filter({ hasText: 'Gauze swab 10 cm' }).getByText('US$1.30').waitFor();

    // The item's page: its suppliers' prices, and a purchase unit added by the catalogue.
    await page.goto(`${server.url}/inventory/items/${gauze.id}`);
    const costs = page.getByRole('region', { name: 'Purchase units and prices' });
    await costs.getByText('Invented Medical Supplies').waitFor();
    await costs.getByText('Bought in its unit of issue only.').waitFor();
    const unitForm = page.getByRole('region', { name: 'Add a purchase unit' });
    await unitForm.getByLabel(/^Unit \(as suppliers/).fill('box of 10');
    await unitForm.getByLabel('Units of issue it holds').fill('10');
    await unitForm.getByRole('button', { name: 'Add a purchase unit' }).click();
    await costs.getByText('box of 10: 10 pack').waitFor();

    // An order in boxes, priced: the order's page says how it was ordered and what it costs.
    const order = await call('POST', '/api/inventory/orders', {
      supplier: 'Invented Medical Supplies',
      locationId: store.id,
      lines: [
        { itemId: gauze.id, quantity: 3, purchaseUnit: 'box of 10', unitPrice: { amount: 1200, currency: 'USD' } },
      ],
    });
    await page.goto(`${server.url}/inventory/orders/${order.id}`);
    const line = page.getByRole('table', { name: 'Lines' }).getByRole('row').filter({ hasText: 'Gauze swab 10 cm' });
    await line.getByText('ordered as 3 × box of 10').waitFor();
    await line.getByText('US$12.00 each · US$36.00 in all').waitFor();
    await line.getByText('30 packs').first().waitFor();

    await page.goto(`${server.url}/inventory/stock-value`);
    await page.getByRole('heading', { name: /Main store/ }).waitFor();
    const value = page.getByRole('table', { name: 'Stock value: Main store' });
    await value.getByRole('row').filter({ hasText: 'Gauze swab 10 cm' }).getByText('US$7.50').waitFor();

    await page.goto(`${server.url}/inventory/consumption`);
    const ward = page.getByRole('table', { name: 'Consumption: Ward 7' });
    const row = ward.getByRole('row').filter({ hasText: 'Gauze swab 10 cm' });
    await row.getByText('4 packs').waitFor();
    await row.getByText('US$5.00').waitFor();
    await page.getByText('CC-7000').waitFor();
  });

  it('records a failed calibration on the asset’s page, which takes the monitor out of service', async () => {
    const monitor = await call('POST', '/api/inventory/equipment', {
      serialNumber: 'WEB-MON-1',
      model: 'Patient monitor M5',
      manufacturer: 'Invented Medical',
      locationId: WARD,
      ownerDepartmentId: BIOMED,
    });
    const page = await signedIn();
    await page.goto(`${server.url}/inventory/equipment/${monitor.id}`);
    await page.getByText('No calibration recorded.').waitFor();
    const form = page.getByRole('region', { name: 'Record a calibration' });
    await form.getByLabel('Result').selectOption('fail');
    await form.getByLabel('Certificate').fill('CERT-WEB-1');
    await form.getByRole('button', { name: 'Record a calibration' }).click();
    await page.getByRole('status').getByText('The calibration was recorded (Failed).').waitFor();
    await page
      .getByRole('table', { name: 'Calibrations' })
      .getByRole('row')
      .filter({ hasText: 'CERT-WEB-1' })
      .getByText('Failed')
      .waitFor();
    await page.getByText('Failed calibration').first().waitFor();
    expect((await call('GET', `/api/inventory/equipment/${monitor.id}`)).status).toBe('out-of-service');
  });
});
