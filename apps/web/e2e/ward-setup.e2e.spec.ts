import { ADMIN_PASSWORD } from '../../api/test/e2e-support';
import { seriousViolations } from './axe';
import { screenshot } from './browser';
import { e2eSuite } from './e2e-suite';

/**
 * Setting up wards and beds in a real browser: the administrator defines a ward with its beds, renames one, closes
 * and reopens one, adds one and removes it, each destructive step asked first; a nurse may not open the screen.
 * Invented data only.
 */
const suite = e2eSuite('hms_e2e_web_ward_setup', 'patient,adt');
const PASSWORD = 'a long enough passphrase for tests';

describe('setting up wards and beds in Chromium', () => {
  it('defines a ward and keeps its beds, asking before closing or removing one', async () => {
    const { server, signedIn } = suite();
    const page = await signedIn('admin', ADMIN_PASSWORD, { width: 1366, height: 768 });
    await page.getByRole('region', { name: 'Administration' }).getByRole('link', { name: 'Wards and beds' }).click();
    await page.waitForURL(`${server.url}/wards/setup`);
    await page.getByRole('heading', { name: 'Set up wards and beds', level: 1 }).waitFor();
    await page.getByText('No ward is defined yet.').waitFor();

    const form = page.getByRole('region', { name: 'Define a ward' });
    await form.getByLabel('Code').fill('surg2');
    await form.getByLabel('Name').fill('Surgical 2');
    await form.getByLabel('Specialty or department').fill('General surgery');
    await form.getByLabel('Beds (optional)').fill('1, 2, 2');
    await form.getByRole('button', { name: 'Define the ward' }).click();
    await page.getByText('Surgical 2 is defined.').waitFor();
    const beds = page.getByRole('region', { name: 'Beds of Surgical 2 (SURG2)' });
    await beds.getByRole('rowheader', { name: '1', exact: true }).waitFor();
    expect(await beds.getByRole('rowheader').allTextContents()).toEqual(['1', '2']);
    expect(await seriousViolations(page)).toEqual([]);

    // Rename: the bed keeps its place; a label another bed has is refused in words.
    await beds.getByLabel('New label for bed 1').fill('Side room 1');
    await beds.getByRole('row', { name: /^1 / }).getByRole('button', { name: 'Rename' }).click();
    await page.getByText('Bed 1 is now Side room 1.').waitFor();
    await beds.getByLabel('New label for bed 2').fill('side room 1');
    await beds.getByRole('row', { name: /^2 / }).getByRole('button', { name: 'Rename' }).click();
    await page.getByRole('alert').getByText('The ward already has a bed with this label').waitFor();

    // Close: asked first; "Cancel" changes nothing, then closing for maintenance, then reopening.
    await beds.getByLabel('Why bed 2 closes').selectOption('maintenance');
    await beds.getByRole('button', { name: 'Close bed 2' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Close bed 2?' });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    await beds.getByRole('row', { name: /^2 Free/ }).waitFor();
    await beds.getByRole('button', { name: 'Close bed 2' }).click();
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await page.getByText('Bed 2 is closed.').waitFor();
    await beds.getByRole('row', { name: /^2 Out of service \(maintenance\)/ }).waitFor();
    await beds.getByRole('button', { name: 'Reopen bed 2' }).click();
    await page.getByText('Bed 2 is open again.').waitFor();

    // Add a bed, then remove it for good (asked first).
    await beds.getByLabel('Label of a new bed').fill('3');
    await beds.getByRole('button', { name: 'Add the bed' }).click();
    await page.getByText('Bed 3 is added.').waitFor();
    await beds.getByRole('button', { name: 'Remove bed 3' }).click();
    await page
      .getByRole('alertdialog', { name: 'Remove bed 3 for good?' })
      .getByRole('button', { name: 'Remove' })
      .click();
    await page.getByText('Bed 3 is removed.').waitFor();
    await beds.getByRole('rowheader', { name: '3', exact: true }).waitFor({ state: 'detached' });
    expect(await beds.getByRole('rowheader').allTextContents()).toEqual(['2', 'Side room 1']);
    await screenshot(page, 'ward-setup');

    // The ward's bed board shows the new label.
    await page.goto(`${server.url}/wards`);
    await page.getByRole('link', { name: /Surgical 2/ }).click();
    await page.getByRole('heading', { name: 'Side room 1', level: 2 }).waitFor();
  });

  it('refuses the screen to a nurse, who may read wards but not set them up', async () => {
    const { server, http, token, signedIn } = suite();
    const created = await http.call('POST', '/api/admin/accounts', {
      token,
      body: { username: 'nora', password: PASSWORD, displayName: 'Nora Nurse', roles: ['nurse'] },
    });
    expect(created.status).toBe(201);
    const page = await signedIn('nora', PASSWORD);
    await page.goto(`${server.url}/wards`);
    await page.getByRole('heading', { name: 'Wards', level: 1 }).waitFor();
    expect(await page.getByRole('link', { name: 'Set up wards and beds' }).count()).toBe(0);
    await page.goto(`${server.url}/wards/setup`);
    await page.getByText('Your account may not open this page.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
