import { e2eSuite } from './e2e-suite';

/**
 * A clinic: patients and appointments, no wards. The server runs only the patient and scheduling plugins, so the
 * client has no ward link, no ward screen and no bed on its pages: the shell shows only what enabled plugins offer.
 */
const suite = e2eSuite('hms_e2e_web_clinic', 'patient,scheduling');

describe('a clinic without wards, in Chromium', () => {
  it('offers patients and appointments and no ward link or ward screen', async () => {
    const { server, signedIn } = suite();
    const page = await signedIn();
    const navigation = page.getByRole('navigation', { name: 'Modules' });
    await navigation.getByRole('link', { name: 'Appointments' }).waitFor();
    // The admin holds every permission ('*'), the privacy officer's (emergency accesses, the audit log) and the
    // administrators' screens included.
    expect(await navigation.getByRole('link').allTextContents()).toEqual([
      'Patients',
      'Appointments',
      'Emergency accesses',
      'Audit',
      'Administration',
    ]);

    await page.goto(`${server.url}/wards`);
    await page.getByRole('heading', { name: 'Page not found', level: 1 }).waitFor();
    expect(await page.getByRole('link', { name: 'Wards' }).count()).toBe(0);

    await page.goto(`${server.url}/appointments`);
    await page.getByRole('heading', { name: 'Appointments', level: 1 }).waitFor();
  });
});
