import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { screenshot } from './browser';
import { e2eSuite, type E2eSuite } from './e2e-suite';

/**
 * The laboratory in a real browser against the real server with patient, lab, ehr and fhir: a physician orders a basic
 * metabolic panel from the patient's laboratory page, a nurse records the collection and downloads the tubes'
 * label PDF, a technician receives the tube by its label code and enters the results (the critical potassium is
 * flagged as it is typed) and is refused as validator in plain words, a second technician validates, the physician
 * sees the critical result, acknowledges it (audited) and reads the results over time; the chart has them among
 * its observations (read through FHIR: the chart screen draws vital signs only).
 * Invented patients only.
 */
const PASSWORD = 'laboratory browser passphrase';
const suite = e2eSuite('hms_e2e_web_lab', 'patient,lab,ehr,fhir');
let server: E2eSuite['server'];
let http: E2eSuite['http'];
let token: string;
const accounts: Record<string, string> = {};

const call = async (method: string, path: string, body?: unknown) => {
  const answer = await http.call(method, path, { token, body });
  if (answer.status >= 300) throw new Error(`${method} ${path} answered ${answer.status}: ${answer.text}`);
  return answer.body;
};
const as = (username: string): Promise<Page> => suite().signedIn(username, PASSWORD, { width: 1200, height: 1400 });

beforeAll(async () => {
  ({ server, http, token } = suite());
  const people: [string, string, string[]][] = [
    ['dr.lab', 'Dana Doctor', ['physician']],
    ['nurse.lab', 'Nia Nurse', ['nurse']],
    ['tech.one', 'Tom Technician', ['lab-technician']],
    ['tech.two', 'Tia Technician', ['lab-technician']],
  ];
  for (const [username, displayName, roles] of people) {
    accounts[username] = (
      await call('POST', '/api/admin/accounts', { username, password: PASSWORD, displayName, roles })
    ).id;
  }
});

describe('the laboratory screens in Chromium', () => {
  it('orders from the patient page, labels, receives, enters, validates by a second person and acknowledges a critical result', async () => {
    const patient = await call('POST', '/api/patients', {
      givenName: 'Lena',
      familyName: 'Labworth',
      birthDate: '1956-04-12',
      gender: 'female',
    });
    // The ward team cares for the patient (a grant here; on a ward it is the ward's team or the encounter's).
    for (const username of ['dr.lab', 'nurse.lab']) {
      await call('POST', '/api/access/grants', {
        patientId: patient.id,
        accountId: accounts[username],
        until: new Date(Date.now() + 8 * 3_600_000).toISOString(),
        reason: 'On the ward team caring for her',
      });
    }

    // The physician orders from the patient's laboratory page.
    const doctor = await as('dr.lab');
    await doctor.goto(`${server.url}/patients/${patient.id}/lab`);
    const form = doctor.getByRole('form', { name: 'Order tests' });
    await form.getByLabel('Basic metabolic panel (51990-0)').check();
    await form.getByLabel('Priority').selectOption('stat');
    await form.getByLabel('Clinical question (what should the result answer?)').fill('Hyperkalaemia on ACE inhibitor?');
    await form.getByRole('button', { name: 'Place order' }).click();
    await form.getByText(/^Order LAB-\d{6} placed\.$/).waitFor();
    const [order] = (await call('GET', `/api/lab/patients/${patient.id}/orders`)).items;
    await doctor.getByRole('table', { name: 'Orders' }).getByRole('link', { name: order.accession }).waitFor();

    // The nurse takes the blood and prints the tubes' labels.
    const nurse = await as('nurse.lab');
    await nurse.goto(`${server.url}/lab/orders/${order.id}`);
    await nurse.getByRole('button', { name: 'Record collection' }).click();
    await nurse.getByText('Specimen collection recorded: print the labels and stick one on each tube.').waitFor();
    const [download] = await Promise.all([
      nurse.waitForEvent('download'),
      nurse.getByRole('link', { name: 'Print labels (PDF)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${order.accession}-labels.pdf`);
    const pdf = fs.readFileSync((await download.path())!, 'latin1');
    expect(pdf.startsWith('%PDF-1.4')).toBe(true);
    expect(pdf).toContain(`(${order.accession}-SST) Tj`);
    expect(pdf).toContain('(LABWORTH, Lena) Tj');

    // The first technician receives the tube by scanning its label, then enters the results.
    const tech = await as('tech.one');
    await tech.getByRole('navigation', { name: 'Modules' }).getByRole('link', { name: 'Laboratory' }).click();
    await tech.getByRole('heading', { name: 'Laboratory worklist', level: 1 }).waitFor();
    await tech.getByLabel('Scan or type the accession or tube label').fill(`${order.accession}-SST`);
    await tech.getByRole('form', { name: 'Receive' }).getByRole('button', { name: 'Receive' }).click();
    await tech.getByText(`${order.accession} received in the laboratory.`).waitFor();
    await tech.getByLabel('Step').selectOption('received');
    await tech.getByLabel('Priority', { exact: true }).selectOption('stat');
    await tech.getByRole('table', { name: 'To enter' }).getByRole('link', { name: order.accession }).click();
    const entry = tech.getByRole('form', { name: 'Save results' });
    await entry.getByLabel('Sodium (2951-2)').fill('138');
    await entry.getByLabel('Potassium (2823-3)').fill('7.1');
    // The range for a woman of 69 and the flag, as typed.
    await entry.getByText('3.5–5.1 (critical < 2.8, > 6.2)').waitFor();
    await entry.getByText('HH · Critically high').waitFor();
    await entry.getByLabel('Glucose (2339-0)').fill('6.2');
    await entry.getByLabel('Creatinine (2160-0)').fill('95');
    await entry.getByText('H · High').waitFor(); // creatinine 95 is above a woman's 45–90
    await screenshot(tech, 'lab-results-entry');
    await entry.getByRole('button', { name: 'Save results' }).click();
    await tech.getByText('Results saved: a colleague validates them.').waitFor();
    await tech
      .getByRole('table', { name: 'Results' })
      .getByRole('row')
      .filter({ hasText: '7.1' })
      .getByText('HH')
      .waitFor();
    await tech.getByRole('button', { name: 'Validate and release' }).click();
    await tech.getByText('You entered results on this order, so someone else must validate them.').waitFor();

    // A second technician validates and releases.
    const colleague = await as('tech.two');
    await colleague.goto(`${server.url}/lab/orders/${order.id}`);
    await colleague.getByRole('button', { name: 'Validate and release' }).click();
    await colleague.getByText('Results validated and released to the requester.').waitFor();
    await colleague.getByTestId('order-status').getByText('Released').waitFor();

    // The physician is told, reads the critical result and acknowledges it.
    await doctor.goto(`${server.url}/lab/orders/${order.id}`);
    await doctor.getByText('A result is beyond a critical limit: call the requester, then acknowledge.').waitFor();
    await doctor.getByRole('button', { name: 'Acknowledge critical result' }).click();
    await doctor.getByText('Critical result acknowledged: your acknowledgement is recorded.').waitFor();
    const audit = await call('GET', `/api/audit/records?patientId=${patient.id}&action=lab.AcknowledgeCriticalResult`);
    expect(audit.items).toEqual([expect.objectContaining({ actorId: accounts['dr.lab'], outcome: 'success' })]);

    // Results over time on the patient's laboratory page, and the released results in the chart.
    await doctor.goto(`${server.url}/patients/${patient.id}/lab`);
    await doctor
      .getByRole('table', { name: 'Potassium (2823-3, mmol/L)' })
      .getByRole('row')
      .filter({ hasText: '7.1' })
      .getByText('HH · Critically high')
      .waitFor();
    await screenshot(doctor, 'lab-patient-results');
    type Bundle = { entry?: { resource: { code: { coding: { code: string }[] }; valueQuantity: unknown } }[] };
    const potassium = async () =>
      ((await call('GET', `/fhir/R4/Observation?patient=${patient.id}&category=laboratory`)) as Bundle).entry?.find(
        (e) => e.resource.code.coding.some((c) => c.code === '2823-3'),
      );
    // The chart takes released results through its reaction (asynchronous).
    const deadline = Date.now() + 10_000;
    while (!(await potassium()) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
    expect((await potassium())?.resource.valueQuantity).toMatchObject({ value: 7.1, unit: 'mmol/L' });
    expect(suite().cspViolations).toEqual([]);
  });
});
