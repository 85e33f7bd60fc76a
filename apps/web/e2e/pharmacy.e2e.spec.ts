import type { Page } from 'playwright-core';
import { ADMIN_PASSWORD, registration, type HttpClient, type ServerProcess } from '../../api/test/e2e-support';
import { untilWorksOffline } from './browser';
import { e2eSuite } from './e2e-suite';

/**
 * The pharmacy and the ward's administration record in a real browser against the real server: a prescription on
 * the worklist, dispensed from two lots, and a dose recorded on the ward. Invented patients and medicines only.
 */
const DAY = 24 * 3600 * 1000;
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);
const DRUG = 'Inventamox 500 mg capsule';

const suite = e2eSuite('hms_e2e_web_pharmacy', 'patient,ehr,inventory');
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

describe('the pharmacy and the administration record in Chromium', () => {
  it('dispenses a prescription from the earliest lots and records a dose on the ward', async () => {
    const pharmacy = await call('POST', '/api/inventory/locations', { code: 'PH', name: 'Main pharmacy' });
    const item = await call('POST', '/api/inventory/items', {
      code: 'INVENTAMOX-500',
      name: DRUG,
      category: 'medicine',
      unit: 'capsule',
      drugCode: { system: 'ATC', code: 'J01CA04' },
      formulary: true,
    });
    const stock = { itemId: item.id, locationId: pharmacy.id };
    await call('POST', '/api/inventory/receipts', { ...stock, quantity: 6, lot: 'SOON-1', expiresOn: inDays(40) });
    await call('POST', '/api/inventory/receipts', { ...stock, quantity: 30, lot: 'LATER-2', expiresOn: inDays(400) });
    const patient = await call('POST', '/api/patients', registration({ familyName: 'Pharmtest' }));
    await call('POST', '/api/encounters', { patientId: patient.id, class: 'inpatient' });
    await call('POST', `/api/charts/${patient.id}/medications`, {
      medication: 'Inventamox 500 mg capsules',
      dosage: { dose: '500 mg', route: 'oral', frequency: 'three times daily' },
      quantity: 10,
    });

    const page = await signedIn();
    await page.goto(`${server.url}/inventory/pharmacy`);
    const worklist = page.getByRole('table', { name: 'Prescriptions to dispense' });
    await worklist.getByRole('link', { name: 'Dispense: Inventamox 500 mg capsules' }).click();
    await page.getByRole('heading', { name: 'Inventamox 500 mg capsules', level: 1 }).waitFor();

    const dispense = page.getByRole('region', { name: 'Dispense', exact: true });
    await dispense.locator('#dispense-item option', { hasText: DRUG }).waitFor({ state: 'attached' });
    await dispense.getByLabel('Medicine').selectOption({ label: `${DRUG} (36 capsules)` });
    await dispense.getByLabel('From store').selectOption({ label: 'Main pharmacy' });
    await dispense.getByLabel('Quantity').fill('8');
    await dispense.getByRole('button', { name: 'Dispense', exact: true }).click();
    await page.getByRole('status').getByText('Dispensed 8 capsules.').waitFor();
    const dispensed = page.getByRole('table', { name: 'Dispensed so far' });
    await dispensed.getByText(`6 of SOON-1 (to ${inDays(40)}), 2 of LATER-2 (to ${inDays(400)})`).waitFor();

    // More than the prescription leaves: refused with the numbers, nothing moves.
    await dispense.getByLabel('Quantity').fill('3');
    await dispense.getByRole('button', { name: 'Dispense', exact: true }).click();
    await dispense
      .getByRole('alert')
      .getByText('3 is more than the prescription allows: 10 prescribed, 8 already dispensed, so at most 2 more.')
      .waitFor();
    expect((await call('GET', `/api/inventory/items/${item.id}`, undefined)).onHand).toBe(28);

    // The ward: the administration record, and a dose given.
    await page.goto(`${server.url}/patients/${patient.id}/administrations`);
    await page.getByRole('heading', { name: 'Medication administration record', level: 1 }).waitFor();
    const form = page.getByRole('region', { name: 'Record a dose' });
    await form.locator('#mar-medication option', { hasText: 'Inventamox' }).waitFor({ state: 'attached' });
    await form.getByLabel('Medication').selectOption({ index: 1 });
    await form.getByLabel('Given', { exact: true }).check();
    await form.getByLabel('Dose').fill('1 capsule');
    await form.getByRole('button', { name: 'Record a dose' }).click();
    await page.getByRole('status').getByText('Given: recorded.').waitFor();
    const doses = page.getByRole('table', { name: 'Doses of Inventamox 500 mg capsules' });
    await doses.getByRole('row').filter({ hasText: '1 capsule' }).getByText('Given').waitFor();

    // The network goes on the ward: the next dose is recorded on this computer, listed as not yet seen elsewhere,
    // and lands once when the network is back.
    await untilWorksOffline(page);
    await page.context().setOffline(true);
    await form.getByLabel('Medication').selectOption({ index: 1 });
    await form.getByLabel('Given', { exact: true }).check();
    await form.getByLabel('Dose').fill('2 capsules');
    await form.getByRole('button', { name: 'Record a dose' }).click();
    await page
      .getByRole('status')
      .getByText(/^Given: recorded on this computer/)
      .waitFor();
    await page.getByRole('region', { name: 'Doses recorded on this computer, not yet sent' }).waitFor();
    await page.context().setOffline(false);
    await page.getByText('Everything is sent').waitFor();
    await doses.getByRole('row').filter({ hasText: '2 capsules' }).getByText('Given').waitFor();
    const record = await call('GET', `/api/charts/${patient.id}/administrations`, undefined);
    const given = record.medications.flatMap((m: { administrations: { dose?: string }[] }) => m.administrations);
    expect(given.filter((d: { dose?: string }) => d.dose === '2 capsules')).toHaveLength(1);
  });
});
