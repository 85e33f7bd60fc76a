import { ADMIN_PASSWORD } from '../../api/test/e2e-support';
import { seriousViolations } from './axe';
import { screenshot } from './browser';
import { e2eSuite } from './e2e-suite';

/**
 * The vitals flowsheet in a real browser: measures in rows, the moments measured in columns (newest first), values
 * outside the adult reference range marked in words as well as colour, a value in °F judged in °C, and the trend
 * charts below. Invented patient only.
 */
const suite = e2eSuite('hms_e2e_web_flowsheet', 'patient,ehr');
const HOUR = 60 * 60 * 1000;

describe('the vitals flowsheet in Chromium', () => {
  it('shows the vitals over time with abnormal values flagged against their ranges', async () => {
    const { server, http, token, signedIn } = suite();
    const post = async (path: string, body: unknown) => {
      const answer = await http.call<{ id: string }>('POST', path, { token, body });
      if (answer.status >= 300) throw new Error(`${path} answered ${answer.status}: ${answer.text}`);
      return answer.body;
    };
    const patient = await post('/api/patients', {
      givenName: 'Flora',
      familyName: 'Flowsheet',
      birthDate: '1958-06-09',
      gender: 'female',
    });
    const evening = new Date(Date.now() - 12 * HOUR).toISOString();
    const morning = new Date(Date.now() - HOUR).toISOString();
    const observe = (code: string, value: number, unit: string, effectiveAt: string) =>
      post(`/api/charts/${patient.id}/observations`, { code, value, unit, effectiveAt });
    await observe('8867-4', 76, '/min', evening);
    await observe('8310-5', 98.6, '[degF]', evening);
    await observe('8867-4', 118, '/min', morning);
    await observe('8480-6', 104, 'mm[Hg]', morning);
    await observe('8310-5', 101.3, '[degF]', morning);

    const page = await signedIn('admin', ADMIN_PASSWORD, { width: 1366, height: 1000 });
    await page.goto(`${server.url}/patients/${patient.id}/chart`);
    const sheet = page.getByRole('region', { name: /Flowsheet/ });
    await sheet.getByRole('rowheader', { name: /Heart rate/ }).waitFor();
    // Two columns, newest first; each row a measure with its range.
    expect(await sheet.getByRole('columnheader').count()).toBe(3);
    const heart = sheet.getByRole('row', { name: /Heart rate/ });
    expect(await heart.getByRole('cell').allInnerTexts()).toEqual([
      expect.stringMatching(/^118\D.*↑ high$/s),
      expect.stringMatching(/^76\D/),
    ]);
    await heart.getByText('normal 51–90').waitFor();
    const systolic = sheet.getByRole('row', { name: /Systolic blood pressure/ });
    expect(await systolic.getByRole('cell').first().innerText()).toMatch(/^104\D.*↓ low$/s);
    expect(await systolic.getByRole('cell').nth(1).innerText()).toMatch(/not measured/);
    // 101.3 °F is 38.5 °C: above the range, which is in °C; 98.6 °F is not.
    const temperature = sheet.getByRole('row', { name: /Body temperature/ });
    expect(await temperature.getByRole('cell').first().innerText()).toMatch(/^101\.3\D.*↑ high$/s);
    expect(await temperature.getByRole('cell').nth(1).innerText()).not.toMatch(/high|low/);
    // The trends stay below the grid.
    await page.getByRole('heading', { name: 'Trends', level: 3 }).waitFor();
    const heartRate = page.getByRole('img', { name: /Heart rate: 2 measurements over time/ });
    // Drawn by ECharts as SVG once the library has loaded: the unit on the value axis, the high value a triangle.
    await heartRate.locator('svg text').filter({ hasText: '/min' }).waitFor();
    await heartRate.locator('svg path[fill="#a4001d"]').first().waitFor();
    const trend = page.locator('figure').filter({ has: heartRate });
    await trend.getByText('Show the values as a table').click();
    await trend.getByRole('row', { name: /118 \/min.*high/ }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await sheet.scrollIntoViewIfNeeded();
    await screenshot(page, 'vitals-flowsheet');
  });
});
