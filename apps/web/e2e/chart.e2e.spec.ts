import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { ADMIN_PASSWORD, type HttpClient, type ServerProcess } from '../../api/test/e2e-support';
import { seriousViolations } from './axe';
import { screenshot, untilWorksOffline } from './browser';
import { e2eSuite } from './e2e-suite';

/**
 * The chart, the patient timeline and the dashboard in a real browser against the real server with the patient,
 * scheduling, adt, EHR and analytics plugins enabled. Invented people only.
 */
const DAY = 24 * 3600 * 1000;

const suite = e2eSuite('hms_e2e_web_chart', 'patient,scheduling,adt,ehr,analytics');
let server: ServerProcess;
let http: HttpClient;
let token: string;
beforeAll(() => {
  ({ server, http, token } = suite());
});

const signedIn = (height = 800): Promise<Page> => suite().signedIn('admin', ADMIN_PASSWORD, { width: 1200, height });

const post = async (path: string, body: unknown) => {
  const answer = await http.call('POST', path, { token, body });
  if (answer.status >= 300) throw new Error(`${path} answered ${answer.status}: ${answer.text}`);
  return answer.body;
};

describe('the chart and the dashboard in Chromium', () => {
  it("records a vital and sees it on the chart over time; a refused value is explained; another clinician's allergy appears live", async () => {
    const patient = await post('/api/patients', {
      givenName: 'Vera',
      familyName: 'Chartwell',
      birthDate: '1961-02-03',
      gender: 'female',
    });
    const chart = `/api/charts/${patient.id}`;
    await post(`${chart}/problems`, { code: 'I10', kind: 'diagnosis' });
    await post(`${chart}/allergies`, {
      substance: 'Penicillin',
      category: 'medication',
      reaction: 'Hives',
      criticality: 'high',
    });
    await post(`${chart}/medications`, {
      medication: 'Amlodipine 5 mg tablet',
      dosage: { dose: '5 mg', route: 'oral', frequency: 'once daily' },
    });
    const start = Date.now() - 3 * DAY;
    await post(`${chart}/plans`, {
      title: 'Blood pressure control',
      goals: [
        { description: 'Systolic below 140', target: { code: '8480-6', comparator: '<', value: 140, unit: 'mm[Hg]' } },
      ],
    });
    for (const [i, value] of [162, 151, 144].entries()) {
      await post(`${chart}/observations`, {
        code: '8480-6',
        value,
        unit: 'mm[Hg]',
        effectiveAt: new Date(start + i * DAY).toISOString(),
      });
    }
    const beforeTheVisit = new Date(Date.now() + 1).toISOString();

    const page = await signedIn(1500); // tall enough for the screenshot to show the allergies and the vital charts
    await page.goto(`${server.url}/patients/${patient.id}`);
    await page.getByRole('region', { name: 'Timeline' }).getByText('Registered', { exact: true }).waitFor();
    await page.getByRole('link', { name: 'Open the chart' }).click();
    const allergies = page.getByRole('region', { name: /Allergies and intolerances/ });
    await allergies.getByText('Penicillin').waitFor();

    await page.getByLabel('Measurement', { exact: true }).selectOption({ label: 'Systolic blood pressure' });
    expect(await page.getByLabel('Unit', { exact: true }).inputValue()).toBe('mm[Hg]');
    await page.getByLabel('Value', { exact: true }).fill('128');
    await page.getByRole('button', { name: 'Record a measurement' }).click();
    await page.getByText('Saved.', { exact: true }).waitFor();
    await page.getByRole('img', { name: 'Systolic blood pressure: 4 measurements over time' }).waitFor();
    await page.getByText(/^Latest 128 mmHg/).waitFor();
    const saved = await http.call('GET', chart, { token });
    const systolic = saved.body.vitals.find((v: { code: string }) => v.code === '8480-6');
    expect(systolic.history.map((h: { value: number }) => h.value)).toEqual([128, 144, 151, 162]);

    // The chart as it was before this visit: read only, without the new measurement.
    await page.goto(`${server.url}/patients/${patient.id}/chart?asOf=${encodeURIComponent(beforeTheVisit)}`);
    await page.getByText(/^Chart as it was on .* Read only/).waitFor();
    await page.getByRole('img', { name: 'Systolic blood pressure: 3 measurements over time' }).waitFor();
    expect(await page.getByRole('button', { name: 'Record a measurement' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Back to the current chart' }).click();
    await page.getByRole('img', { name: 'Systolic blood pressure: 4 measurements over time' }).waitFor();

    await page.getByLabel('Measurement', { exact: true }).selectOption({ label: 'Body temperature' });
    await page.getByLabel('Value', { exact: true }).fill('375');
    await page.getByRole('button', { name: 'Record a measurement' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: 'Measurement: not done' })
      .getByText(/No living patient can have this value/)
      .waitFor();

    await post(`${chart}/allergies`, { substance: 'Latex', category: 'environment', criticality: 'low' });
    await allergies.getByText('Latex').waitFor();
    await screenshot(page, 'chart');
  });

  it('asks before resolving a problem, warns of an allergy when prescribing until overridden with a reason, and downloads the visit summary', async () => {
    const patient = await post('/api/patients', {
      givenName: 'Wanda',
      familyName: 'Warnsby',
      birthDate: '1970-04-05',
      gender: 'female',
    });
    const chart = `/api/charts/${patient.id}`;
    await post(`${chart}/problems`, { code: 'E11.9', kind: 'diagnosis' });
    await post(`${chart}/allergies`, {
      substance: 'Amoxicillin',
      category: 'medication',
      reaction: 'Hives',
      severity: 'moderate',
      criticality: 'high',
    });
    await post('/api/encounters', { patientId: patient.id, class: 'outpatient' });

    const page = await signedIn(1400);
    await page.goto(`${server.url}/patients/${patient.id}/chart`);
    const problems = page.getByRole('region', { name: 'Problems and diagnoses' });
    await problems.getByText('E11.9').waitFor();
    await problems.getByRole('button', { name: /^Resolve: E11\.9 Type 2 diabetes/ }).click();
    const question = page.getByRole('alertdialog', {
      name: /^Resolve E11\.9 Type 2 diabetes mellitus without complications\?$/,
    });
    await question.waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await question.getByRole('button', { name: 'Keep' }).click();
    await question.waitFor({ state: 'detached' });
    expect(await problems.getByText('E11.9').count()).toBe(1);
    await problems.getByRole('button', { name: /^Resolve: E11\.9 Type 2 diabetes/ }).click();
    await question.getByRole('button', { name: 'Resolve' }).click();
    await problems.getByText('No current problems.').waitFor();

    const medications = page.getByRole('region', { name: 'Medications' });
    await medications.getByRole('button', { name: 'Prescribe' }).click();
    await medications.getByLabel('Medication', { exact: true }).fill('Amoxicillin 500 mg capsule');
    await medications.getByLabel('Dose').fill('500 mg');
    await medications.getByLabel('Frequency').fill('three times daily');
    const warning = medications.getByRole('alert').filter({ hasText: 'Allergy to Amoxicillin on record' });
    await warning.getByText(/High risk, Moderate: Hives/).waitFor();
    await medications.getByRole('button', { name: 'Prescribe anyway' }).click();
    await medications.getByText('Say why you prescribe despite the warning, or cancel.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'chart-allergy-warning');
    await medications.getByLabel('Why prescribe anyway (required)').fill('Tolerated a full course last year');
    await medications.getByRole('button', { name: 'Prescribe anyway' }).click();
    await medications.getByText('Prescribed despite a warning: Tolerated a full course last year').waitFor();
    // Sent from the outbox: the server's chart has it once nothing is waiting.
    await page.getByText('Everything is sent').waitFor();
    const saved = await http.call('GET', chart, { token });
    expect(saved.body.medications).toHaveLength(1);
    expect(saved.body.medications[0].override).toMatchObject({
      allergyIds: [saved.body.allergies[0].allergyId],
      reason: 'Tolerated a full course last year',
    });

    const summaries = page.getByRole('region', { name: 'Visits and stays' });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      summaries.getByRole('button', { name: /^Visit summary \(PDF\)/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('visit-summary.pdf');
    expect(
      fs
        .readFileSync((await download.path())!)
        .subarray(0, 5)
        .toString('latin1'),
    ).toBe('%PDF-');
    expect(download.url()).not.toContain('Warnsby');
    expect(await seriousViolations(page)).toEqual([]);
    await summaries.scrollIntoViewIfNeeded();
    await screenshot(page, 'chart-summaries');
  });

  it('opens a chart opened before while offline, records a vital there, and sends it once when back online', async () => {
    const patient = await post('/api/patients', {
      givenName: 'Olga',
      familyName: 'Offchart',
      birthDate: '1955-05-06',
      gender: 'female',
    });
    await post(`/api/charts/${patient.id}/allergies`, {
      substance: 'Aspirin',
      category: 'medication',
      criticality: 'high',
    });
    const page = await signedIn();
    await page.goto(`${server.url}/patients/${patient.id}`);
    await page.getByRole('link', { name: 'Open the chart' }).click();
    await page
      .getByRole('region', { name: /Allergies and intolerances/ })
      .getByText('Aspirin')
      .waitFor();
    await untilWorksOffline(page);

    await page.context().setOffline(true);
    await page.getByText('Offline').first().waitFor();
    await page.getByRole('link', { name: /Patient details/ }).click();
    await page.getByRole('link', { name: 'Open the chart' }).click();
    await page.getByText(/this is the copy of the chart kept on this computer/).waitFor();
    await page
      .getByRole('region', { name: /Allergies and intolerances/ })
      .getByText('Aspirin')
      .waitFor();
    await page.getByLabel('Measurement', { exact: true }).selectOption({ label: 'Heart rate' });
    await page.getByLabel('Value', { exact: true }).fill('88');
    await page.getByRole('button', { name: 'Record a measurement' }).click();
    await page.getByText(/^Kept on this computer/).waitFor();
    await page.getByText('Latest 88 /min', { exact: false }).filter({ hasText: 'not sent yet' }).waitFor();
    await page.getByText('1 action waiting to be sent').waitFor();

    await page.context().setOffline(false);
    await page.getByText('Everything is sent').waitFor();
    const chart = await http.call('GET', `/api/charts/${patient.id}`, { token });
    expect(chart.body.vitals.map((v: { code: string; history: unknown[] }) => [v.code, v.history.length])).toEqual([
      ['8867-4', 1],
    ]);
  });

  it('shows the headline figures with their labels, and they follow an admission', async () => {
    const ward = await post('/api/wards', {
      code: 'DASH',
      name: 'Dashboard ward',
      specialty: 'Internal medicine',
      beds: ['1', '2'],
    });
    const page = await signedIn();
    await page.goto(`${server.url}/dashboard`);
    const inPatients = page.locator('.figure').filter({ hasText: 'In-patients now' });
    await inPatients.getByText('0', { exact: true }).waitFor();
    await page
      .locator('.figure')
      .filter({ hasText: 'Bed occupancy' })
      .getByText('0 of 2 in-service beds occupied')
      .waitFor();

    const patient = await post('/api/patients', {
      givenName: 'Otto',
      familyName: 'Dashwood',
      birthDate: '1948-08-08',
      gender: 'male',
    });
    const board = await http.call('GET', `/api/wards/${ward.id}/board`, { token });
    await post('/api/admissions', {
      patientId: patient.id,
      wardId: ward.id,
      bedId: board.body.beds[0].id,
      reason: { category: 'emergency' },
    });
    await inPatients.getByText('1', { exact: true }).waitFor();
    await page.locator('.figure').filter({ hasText: 'Bed occupancy' }).getByText('50 %').waitFor();
    // The charts below: each measure on its own chart, drawn as SVG (ECharts, loaded with the first chart) with
    // its unit named on the axis, and the same numbers as a table behind the toggle.
    const occupancy = page.locator('figure').filter({ has: page.getByRole('img', { name: 'Bed occupancy' }) });
    await occupancy.locator('svg text').filter({ hasText: '50 %' }).waitFor();
    await occupancy.locator('svg text').filter({ hasText: 'Beds in service occupied (%)' }).waitFor();
    await page.getByRole('img', { name: 'Patient movements today' }).locator('svg').waitFor();
    await occupancy.getByText('Show the values as a table').click();
    await occupancy.getByRole('cell', { name: '50 %' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    expect(suite().cspViolations).toEqual([]);
    await screenshot(page, 'dashboard');
  }, 60_000); // the figures come from an asynchronous read model, refreshed every 5 s

  it('offers a clinician without a care relationship the emergency access, shows it on the record, and puts it before the privacy officer', async () => {
    const patient = await post('/api/patients', {
      givenName: 'Ezra',
      familyName: 'Glassbreak',
      birthDate: '1949-11-30',
      gender: 'male',
    });
    await post(`/api/charts/${patient.id}/allergies`, {
      substance: 'Iodine',
      category: 'medication',
      criticality: 'high',
    });
    for (const [username, role] of [
      ['dr.glass', 'physician'],
      ['pat.privacy', 'privacy-officer'],
    ] as const) {
      await post('/api/admin/accounts', {
        username,
        password: 'emergency access e2e password',
        displayName: username === 'dr.glass' ? 'Dr Glass' : 'Pat Privacy',
        roles: [role],
      });
    }
    const doctor = await suite().signedIn('dr.glass', 'emergency access e2e password', { width: 1200, height: 800 });
    await doctor.goto(`${server.url}/patients/${patient.id}/chart`);
    await doctor.getByRole('heading', { name: 'You are not recorded as caring for this patient' }).waitFor();
    expect(await doctor.getByText('Iodine').count()).toBe(0);
    await doctor.getByLabel('Reason for opening the record').fill('Collapsed in the corridor, no records at hand');
    await screenshot(doctor, 'emergency-access');
    await doctor.getByRole('button', { name: 'Open the record (emergency)' }).click();
    await doctor.getByText('Iodine').first().waitFor();
    await doctor.getByText(/by Dr Glass, .* until /).waitFor();

    const officer = await suite().signedIn('pat.privacy', 'emergency access e2e password', {
      width: 1200,
      height: 700,
    });
    await officer.goto(`${server.url}/privacy`);
    const row = officer.getByRole('row').filter({ hasText: 'Collapsed in the corridor' });
    await row.waitFor();
    await row.getByLabel('Note (optional)').fill('Confirmed with the emergency department');
    await screenshot(officer, 'emergency-review');
    await row.getByRole('button', { name: 'Justified', exact: true }).click();
    await officer.getByText('Nothing to review.').waitFor();
  });
});
