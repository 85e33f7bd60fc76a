import fs from 'node:fs';
import { registration } from '../../api/test/e2e-support';
import { e2eSuite } from './e2e-suite';

/**
 * The privacy officer's audit screen in a real browser: only holders of core:audit:read see it; a patient chosen by
 * name shows who opened the record, and the patient's access history downloads as CSV. Invented people only.
 */
const suite = e2eSuite('hms_e2e_web_audit', 'patient');
const PASSWORD = 'a long enough passphrase for tests';

describe('the audit screen in Chromium', () => {
  it("shows a privacy officer who opened a patient's record, and downloads the access history", async () => {
    const { http, token, server, signedIn } = suite();
    for (const [username, displayName, role] of [
      ['paula', 'Paula Privacy', 'privacy-officer'],
      ['dora', 'Dora Desk', 'front-desk'],
    ] as const) {
      const created = await http.call('POST', '/api/admin/accounts', {
        token,
        body: { username, password: PASSWORD, displayName, roles: [role] },
      });
      expect(created.status).toBe(201);
    }
    const dora = await http.login('dora', PASSWORD);
    const patient = await http.call<{ id: string }>('POST', '/api/patients', {
      token: dora,
      body: registration({ givenName: 'Zelia', familyName: 'Auditfield' }),
    });
    await http.call('GET', `/api/patients/${patient.body.id}`, { token: dora });

    // The front desk has no audit screen: no link, and the address says so.
    const desk = await signedIn('dora', PASSWORD);
    const deskNavigation = desk.getByRole('navigation', { name: 'Modules' });
    await deskNavigation.getByRole('link', { name: 'Patients' }).waitFor();
    expect(await deskNavigation.getByRole('link', { name: 'Audit' }).count()).toBe(0);
    await desk.goto(`${server.url}/audit`);
    await desk.getByRole('alert').filter({ hasText: 'core:audit:read' }).waitFor();

    const page = await signedIn('paula', PASSWORD, { width: 1200, height: 1200 });
    await page.getByRole('navigation', { name: 'Modules' }).getByRole('link', { name: 'Audit' }).click();
    await page.getByRole('heading', { name: 'Audit log', level: 1 }).waitFor();
    await page.getByLabel('Patient', { exact: true }).fill('Auditfield');
    await page.getByRole('option', { name: /Auditfield/ }).click();
    await page.getByRole('button', { name: 'Search' }).click();
    const table = page.getByRole('table', { name: 'Audit records, newest first' });
    await table.waitFor();
    const rows = table.getByRole('row').filter({ hasText: 'Dora Desk' });
    await rows.filter({ hasText: 'patient.GetPatient' }).waitFor();
    await rows.filter({ hasText: 'patient.RegisterPatient' }).waitFor();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: "Download this patient's access history (CSV)" }).click(),
    ]);
    const csv = fs.readFileSync((await download.path())!, 'utf8');
    expect(csv.split('\r\n')[0]).toBe('When (UTC),Who,What,Action,Outcome,Emergency access');
    expect(csv).toContain('Dora Desk,Look up one patient,patient.GetPatient,success');
    expect(csv).toContain('Paula Privacy');
    expect(suite().cspViolations).toEqual([]);
  });
});
