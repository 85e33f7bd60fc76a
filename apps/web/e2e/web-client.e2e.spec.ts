import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { ADMIN_PASSWORD, type HttpClient, type ServerProcess } from '../../api/test/e2e-support';
import { seriousViolations } from './axe';
import { screenshot, signIn, untilWorksOffline } from './browser';
import { e2eSuite } from './e2e-suite';

/**
 * The web client in a real browser against the real server (the compiled API serving the built client, on a test
 * database). Invented people only. One browser for the file; each test its own context (a fresh browser profile).
 */

const PRACTITIONER = randomUUID();
/** A third-party plugin with one report and one screen, loaded by path as a hospital would load one. */
const LINEN_PLUGIN = path.resolve(__dirname, 'fixtures/linen.plugin.cjs');

const suite = e2eSuite('hms_e2e_web', `patient,scheduling,adt,${LINEN_PLUGIN}`);
let server: ServerProcess;
let http: HttpClient;
let token: string;

const newPage = (): Promise<Page> => suite().newPage();
const signedIn = (): Promise<Page> => suite().signedIn();

/** Fills the registration form with the required fields and sends it. */
async function register(
  page: Page,
  person: { givenName: string; familyName: string; birthDate: string },
): Promise<void> {
  await page.goto(`${server.url}/patients/new`);
  await page.getByLabel('Given name').fill(person.givenName);
  await page.getByLabel('Family name').fill(person.familyName);
  await page.getByLabel('Date of birth').fill(person.birthDate);
  await page.getByLabel('Gender').selectOption('female');
}

async function patientsNamed(familyName: string): Promise<{ id: string; givenName: string; mrn: string }[]> {
  const answer = await http.call('POST', '/api/patients/search', { token, body: { q: familyName, limit: 50 } });
  return answer.body.items;
}

beforeAll(() => {
  ({ server, http, token } = suite());
});

/** The practitioner's calendar open every day, almost all day, for consultations of 30 minutes. */
async function openAllWeek(): Promise<void> {
  const schedule = await http.call('PUT', `/api/schedules/${PRACTITIONER}`, {
    token,
    body: {
      timeZone: 'UTC',
      weeklyAvailability: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].map(
        (dayOfWeek) => ({ dayOfWeek, start: '00:00', end: '23:30', location: 'Outpatients, room 3' }),
      ),
      appointmentTypes: [{ code: 'consultation', durationMinutes: 30 }],
    },
  });
  expect(schedule.status).toBe(200);
}

describe('the web client in Chromium', () => {
  it('signs in and shows the modules the server enabled', async () => {
    const page = await newPage();
    await page.goto(`${server.url}/patients`);
    await page.waitForURL(/\/login/); // not signed in yet
    await screenshot(page, 'sign-in');
    await signIn(page, server.url, 'admin', ADMIN_PASSWORD);
    const navigation = page.getByRole('navigation', { name: 'Modules' });
    expect(await navigation.getByRole('link').allTextContents()).toEqual([
      'Patients',
      'Appointments',
      'Wards',
      'Linen',
      'Reports',
      'Emergency accesses',
      'Audit',
      'Administration',
    ]);
    await page.getByText('Online', { exact: true }).waitFor();
  });

  it("shows a vendor plugin's screen, loaded from the server at run time, reading the API with the user's session", async () => {
    const page = await signedIn();
    await page.getByRole('navigation', { name: 'Modules' }).getByRole('link', { name: 'Linen' }).click();
    await page.waitForURL(/\/linen$/);
    await page.getByRole('heading', { name: 'Linen', level: 1 }).waitFor();
    await page.getByText('Linen room open for Administrator.').waitFor();
    await page.getByText('1 report available to you.').waitFor();
    // Its module is served by the server from the plugin's folder; nothing outside that folder is.
    const module = await fetch(`${server.url}/api/plugins/linen/client/index.js`);
    expect([module.status, module.headers.get('content-type')]).toEqual([200, 'text/javascript; charset=utf-8']);
    expect((await fetch(`${server.url}/api/plugins/linen/client/..%2Flinen.plugin.cjs`)).status).toBe(404);
  });

  it('answers an address no enabled plugin has with a page that says so', async () => {
    const page = await signedIn();
    await page.goto(`${server.url}/inventory`);
    await page.getByRole('heading', { name: 'Page not found', level: 1 }).waitFor();
    expect(
      await page.getByRole('navigation', { name: 'Modules' }).getByRole('link', { name: 'Inventory' }).count(),
    ).toBe(0);
  });

  it('registers a patient, and warns about a likely duplicate with the candidate', async () => {
    const page = await signedIn();
    const person = { givenName: 'Marta', familyName: 'Browserfield', birthDate: '1979-04-12' };
    await register(page, person);
    await screenshot(page, 'register-patient');
    await page.getByRole('button', { name: 'Register', exact: true }).click();
    // The new patient's page opens, its banner showing the MRN just given.
    await page.waitForURL(/\/patients\/[0-9a-f-]{36}$/);
    const [registered] = await patientsNamed('Browserfield');
    expect(registered).toMatchObject({ givenName: 'Marta' });
    expect(page.url()).toContain(registered!.id);
    await page.getByRole('region', { name: 'Patient', exact: true }).getByText(registered!.mrn).waitFor();

    await register(page, { ...person, givenName: 'Martha' });
    await page.getByRole('button', { name: 'Register', exact: true }).click();
    const warning = page.getByRole('region', { name: 'This patient may already be registered' });
    await warning.waitFor();
    await warning.getByText('Browserfield, Marta').waitFor(); // the candidate, looked up by its id
    await screenshot(page, 'duplicate-warning');
    expect(await patientsNamed('Browserfield')).toHaveLength(1);

    await page.getByLabel('Or register anyway, because').selectOption('verified-different-person');
    await page.getByRole('button', { name: 'Register anyway' }).click();
    await page.waitForURL(/\/patients\/[0-9a-f-]{36}$/);
    expect((await patientsNamed('Browserfield')).map((p) => p.givenName).sort()).toEqual(['Marta', 'Martha']);
  });

  it("books an appointment from the free slots, and shows another desk's booking without a reload", async () => {
    await openAllWeek();
    const patient = await http.call('POST', '/api/patients', {
      token,
      body: { givenName: 'Bea', familyName: 'Calendarson', birthDate: '1990-09-09', gender: 'female' },
    });
    const page = await signedIn();
    await page.goto(`${server.url}/appointments?practitioner=${PRACTITIONER}`);
    await page.getByText('Name this calendar on this computer').click();
    await page.getByLabel('Name shown on this computer').fill('Dr Test, outpatients');
    await page.getByRole('button', { name: 'Save the name' }).click();
    await page
      .getByLabel('Calendar of')
      .locator('option', { hasText: 'Dr Test, outpatients' })
      .waitFor({ state: 'attached' });
    await page.getByLabel('Patient', { exact: true }).fill('Calendarson');
    await page.getByRole('option', { name: /Calendarson, Bea/ }).click(); // the patient picker is a combobox
    await page.getByRole('button', { name: 'Find free times' }).click();
    const slots = page.getByRole('list', { name: 'Free times' });
    await slots.getByRole('button', { name: 'Book' }).first().click();
    await page.getByText('Booked.', { exact: true }).waitFor();

    const listed = async () =>
      (
        await http.call(
          'GET',
          `/api/appointments?practitionerId=${PRACTITIONER}&from=${new Date(Date.now() - 86_400_000).toISOString()}&to=${new Date(Date.now() + 10 * 86_400_000).toISOString()}`,
          { token },
        )
      ).body.items as { patientId: string; startsAt: string }[];
    const [booked] = await listed();
    expect(booked?.patientId).toBe(patient.body.id);
    await page
      .getByRole('button', { name: /Calendarson, Bea/ })
      .first()
      .waitFor(); // on the calendar

    // Another desk books the next free time through the API: the calendar shows it without a reload.
    const other = await http.call('POST', '/api/patients', {
      token,
      body: { givenName: 'Cai', familyName: 'Livewell', birthDate: '1985-01-01', gender: 'male' },
    });
    // The next free time from the booked day on: late in the evening the booked day may have none left.
    const bookedDay = booked!.startsAt.slice(0, 10);
    const dayAfter = new Date(Date.parse(`${bookedDay}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const free = await http.call(
      'GET',
      `/api/schedules/${PRACTITIONER}/slots?type=consultation&from=${bookedDay}&to=${dayAfter}&limit=1`,
      { token },
    );
    const elsewhere = await http.call('POST', '/api/appointments', {
      token,
      body: {
        patientId: other.body.id,
        practitionerId: PRACTITIONER,
        type: 'consultation',
        startsAt: free.body.items[0].startsAt,
      },
    });
    expect(elsewhere.status).toBe(201);
    const live = page.getByRole('button', { name: /Livewell, Cai/ });
    await live.waitFor();
    await live.scrollIntoViewIfNeeded();
    await screenshot(page, 'appointments-week');
  });

  it('warns before a second appointment of the patient the same day, and still books it', async () => {
    await openAllWeek();
    const patient = await http.call('POST', '/api/patients', {
      token,
      body: { givenName: 'Dot', familyName: 'Twiceday', birthDate: '1979-07-07', gender: 'female' },
    });
    // Tomorrow (UTC, the schedule's zone), whatever the hour the test runs: the first free time there is booked
    // through the API, as another desk would, and the browser then books a later time the same day.
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    const dayAfter = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    const free = await http.call(
      'GET',
      `/api/schedules/${PRACTITIONER}/slots?type=consultation&from=${tomorrow}&to=${dayAfter}&limit=1`,
      { token },
    );
    const first = free.body.items[0].startsAt as string;
    const booked = await http.call('POST', '/api/appointments', {
      token,
      body: { patientId: patient.body.id, practitionerId: PRACTITIONER, type: 'consultation', startsAt: first },
    });
    expect(booked.status).toBe(201);

    const page = await suite().signedIn(undefined, undefined, { width: 1180, height: 820 });
    await page.goto(`${server.url}/appointments?practitioner=${PRACTITIONER}`);
    await page.getByLabel('Patient', { exact: true }).fill('Twiceday');
    await page.getByRole('option', { name: /Twiceday, Dot/ }).click();
    await page.getByLabel('From').fill(tomorrow);
    await page.getByLabel('To').fill(tomorrow);
    await page.getByRole('button', { name: 'Find free times' }).click();
    const slots = page.getByRole('list', { name: 'Free times' });
    await slots.getByRole('button', { name: 'Book' }).first().click();
    const warning = page.getByRole('alert').filter({ hasText: 'this patient already has an appointment the day' });
    // The first appointment, by its time (in the browser's locale; the schedule and the browser are on UTC).
    const minutes = first.slice(14, 16);
    await warning.getByText(new RegExp(`^\\d{1,2}:${minutes}(\\s?[AP]M)? with .+ \\(consultation\\)$`)).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'appointments-same-day');
    await warning.getByRole('button', { name: 'Book anyway' }).click();
    await page.getByText('Booked.', { exact: true }).waitFor();
    const day = await http.call(
      'GET',
      `/api/appointments?patientId=${patient.body.id}&from=${tomorrow}T00:00:00Z&to=${dayAfter}T00:00:00Z`,
      { token },
    );
    expect(day.body.items).toHaveLength(2);
  });

  it('shows the week readable on a tablet, upright and sideways, the calendar scrolling inside its own block', async () => {
    await openAllWeek();
    for (const [width, height, name] of [
      [820, 1180, 'appointments-week-tablet-portrait'],
      [1180, 820, 'appointments-week-tablet-landscape'],
    ] as const) {
      const page = await suite().signedIn(undefined, undefined, { width, height });
      await page.goto(`${server.url}/appointments?practitioner=${PRACTITIONER}`);
      const calendar = page.locator('.calendar');
      await calendar.getByRole('region').first().waitFor();
      // The page itself never scrolls sideways; the week does, inside the calendar, with every day at least
      // 7rem (112 px) wide so the time and a patient's name stay legible.
      expect(await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
      const widths = await calendar
        .locator('section.day')
        .evaluateAll((days) => days.map((d) => (d as unknown as { offsetWidth: number }).offsetWidth));
      expect(widths).toHaveLength(7);
      expect(Math.min(...widths)).toBeGreaterThanOrEqual(112);
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, name);
      await page.context().close();
    }
  });

  it("admits a patient to a free bed on the bed board, and shows another nurse's discharge without a reload", async () => {
    const ward = await http.call('POST', '/api/wards', {
      token,
      body: { code: 'MED2', name: 'Medical ward 2', specialty: 'Internal medicine', beds: ['1', '2', '3', '4'] },
    });
    const patient = await http.call('POST', '/api/patients', {
      token,
      body: { givenName: 'Dora', familyName: 'Bedwell', birthDate: '1950-05-05', gender: 'female' },
    });
    const page = await signedIn();
    await page.goto(`${server.url}/wards`);
    await page.getByRole('link', { name: /Medical ward 2/ }).click();
    const board = page.getByRole('list', { name: 'Bed board' });
    await board
      .getByRole('listitem')
      .filter({ hasText: /^1/ })
      .getByRole('button', { name: 'Admit a patient' })
      .click();
    await page.getByLabel('Patient', { exact: true }).fill('Bedwell');
    await page.getByRole('option', { name: /Bedwell, Dora/ }).click();
    await page.getByLabel('Kind of admission').selectOption('emergency');
    await page.getByRole('button', { name: 'Admit a patient' }).last().click();
    await page.getByText('Done.', { exact: true }).waitFor();
    await board.getByRole('link', { name: /Bedwell, Dora/ }).waitFor();
    await screenshot(page, 'bed-board');

    const census = await http.call('GET', `/api/census?wardId=${ward.body.id}`, { token });
    expect(census.body.items.map((e: { patientId: string; bedLabel: string }) => [e.patientId, e.bedLabel])).toEqual([
      [patient.body.id, '1'],
    ]);

    const discharged = await http.call('POST', `/api/admissions/${patient.body.id}/discharge`, {
      token,
      body: { disposition: 'home' },
    });
    expect(discharged.status).toBe(200);
    await board.getByRole('link', { name: /Bedwell, Dora/ }).waitFor({ state: 'detached' });
  });

  it('runs a report and shows its result as a chart and a table, with a CSV download', async () => {
    const page = await signedIn();
    await page.getByRole('navigation', { name: 'Modules' }).getByRole('link', { name: 'Reports' }).click();
    await page.getByRole('button', { name: 'Linen used per ward' }).click();
    await page.getByLabel('From').fill('2026-01-01');
    await page.getByRole('button', { name: 'Run the report' }).click();
    await page.getByText('The report is ready.').waitFor();
    const table = page.getByRole('table', { name: 'Linen used per ward' });
    const rows = await table
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
    expect(rows).toEqual([
      ['ICU1', '70'],
      ['MED2', '65'],
      ['SURG', '12'],
    ]); // 2025's SURG row is outside the period
    await page.getByRole('img', { name: 'Pieces by Ward' }).waitFor();
    const href = await page.getByRole('link', { name: /Download CSV/ }).getAttribute('href');
    const csv = await page.request.get(new URL(href ?? '', server.url).toString()); // with the page's session cookie
    expect(csv.status()).toBe(200);
    expect(await csv.text()).toContain('MED2');
    await screenshot(page, 'report-result');
  });

  it('registers a patient offline and, back online, the server has it exactly once', async () => {
    const page = await signedIn();
    await page.goto(`${server.url}/patients`);
    await untilWorksOffline(page);
    await page.context().setOffline(true);
    await page.getByText('Offline').first().waitFor();
    await page.getByRole('link', { name: 'Register a patient' }).click();
    await page.getByLabel('Given name').fill('Otto');
    await page.getByLabel('Family name').fill('Offlineton');
    await page.getByLabel('Date of birth').fill('1970-02-03');
    await page.getByLabel('Gender').selectOption('male');
    await page.getByRole('button', { name: 'Register', exact: true }).click();
    await page.waitForURL(/\/patients$/);
    const pending = page.getByRole('region', { name: 'Registrations not yet on the server' });
    await pending.getByText('Offlineton, Otto').waitFor();
    await pending.getByText('Waiting to be sent', { exact: true }).waitFor();
    await page.getByText('1 action waiting to be sent').waitFor();
    await screenshot(page, 'offline-waiting');
    expect(await patientsNamed('Offlineton')).toEqual([]);

    // Signing out would delete the waiting registration: the user is told, and staying keeps it.
    await page.getByRole('button', { name: 'Sign out' }).click();
    const warning = page.getByRole('alertdialog', { name: 'Some of your work has not reached the server yet' });
    await warning.getByText(/^1 action is kept only on this computer\. Signing out deletes it\./).waitFor();
    await screenshot(page, 'sign-out-with-unsent-work');
    await warning.getByRole('button', { name: 'Stay signed in' }).click();
    await warning.waitFor({ state: 'detached' });
    await page.getByText('1 action waiting to be sent').waitFor();

    await page.context().setOffline(false);
    await page.getByText('Everything is sent').waitFor();
    expect((await patientsNamed('Offlineton')).map((p) => p.givenName)).toEqual(['Otto']);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(/\/login/);
  });

  it('books offline; back online a free time lands once, and a time another desk took meanwhile is explained with the way out', async () => {
    const doctor = randomUUID();
    await http.call('PUT', `/api/schedules/${doctor}`, {
      token,
      body: {
        timeZone: 'UTC',
        weeklyAvailability: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].map(
          (dayOfWeek) => ({ dayOfWeek, start: '00:00', end: '23:30', location: 'Outpatients, room 5' }),
        ),
        appointmentTypes: [{ code: 'consultation', durationMinutes: 30 }],
      },
    });
    const patient = await http.call('POST', '/api/patients', {
      token,
      body: { givenName: 'Nils', familyName: 'Netless', birthDate: '1977-07-07', gender: 'male' },
    });
    const rival = await http.call('POST', '/api/patients', {
      token,
      body: { givenName: 'Rita', familyName: 'Firstcome', birthDate: '1966-06-16', gender: 'female' },
    });
    const page = await signedIn();
    await page.goto(`${server.url}/appointments?practitioner=${doctor}`);
    await untilWorksOffline(page);
    await page.getByLabel('Patient', { exact: true }).fill('Netless');
    await page.getByRole('option', { name: /Netless, Nils/ }).click();
    await page.getByRole('button', { name: 'Find free times' }).click();
    const slots = page.getByRole('list', { name: 'Free times' });
    await slots.getByRole('button', { name: 'Book' }).first().waitFor();

    // Offline: two bookings from the free times found before the network went.
    await page.context().setOffline(true);
    await slots.getByRole('button', { name: 'Book' }).nth(0).click();
    await page.getByText('1 action waiting to be sent').waitFor();
    await slots.getByRole('button', { name: 'Book' }).nth(0).click();
    await page.getByText('2 actions waiting to be sent').waitFor();
    const from = new Date(Date.now() - 86_400_000).toISOString();
    const to = new Date(Date.now() + 10 * 86_400_000).toISOString();
    const listed = async () =>
      (await http.call('GET', `/api/appointments?practitionerId=${doctor}&from=${from}&to=${to}`, { token })).body
        .items as { patientId: string; startsAt: string }[];
    expect(await listed()).toEqual([]);
    // Meanwhile another desk, online, books the second of those times.
    const free = await http.call(
      'GET',
      `/api/schedules/${doctor}/slots?type=consultation&from=${from.slice(0, 10)}&to=${to.slice(0, 10)}&limit=2`,
      { token },
    );
    const taken = free.body.items[1].startsAt as string;
    const elsewhere = await http.call('POST', '/api/appointments', {
      token,
      body: { patientId: rival.body.id, practitionerId: doctor, type: 'consultation', startsAt: taken },
    });
    expect(elsewhere.status).toBe(201);

    await page.context().setOffline(false);
    // The first booking lands once; the second is refused and explained in the scheduling plugin's own words.
    const refused = page.getByRole('alert').filter({ hasText: 'was booked by someone else meanwhile' });
    await refused.waitFor();
    await refused.getByRole('link', { name: 'Choose another' }).waitFor();
    const mine = (await listed()).filter((a) => a.patientId === patient.body.id);
    expect(mine).toHaveLength(1);
    expect(mine[0]!.startsAt).not.toBe(taken);
    await refused.getByRole('button', { name: 'Discard' }).click();
    await refused.waitFor({ state: 'detached' });
    await page.getByText('Everything is sent').waitFor();
    expect((await listed()).filter((a) => a.patientId === patient.body.id)).toHaveLength(1);
  });

  it('admits a patient offline on the bed board and, back online, the stay exists exactly once', async () => {
    const ward = await http.call('POST', '/api/wards', {
      token,
      body: { code: 'SUR3', name: 'Surgical ward 3', specialty: 'Surgery', beds: ['1', '2'] },
    });
    await http.call('POST', '/api/patients', {
      token,
      body: { givenName: 'Olga', familyName: 'Unplugged', birthDate: '1961-06-07', gender: 'female' },
    });
    const page = await signedIn();
    await page.goto(`${server.url}/wards`);
    await untilWorksOffline(page);
    await page.getByRole('link', { name: /Surgical ward 3/ }).click();
    const board = page.getByRole('list', { name: 'Bed board' });
    const bed = board.getByRole('listitem').filter({ hasText: /^1/ });
    await bed.getByRole('button', { name: 'Admit a patient' }).click();
    // The patient is found while online; the network goes before the nurse presses the button.
    await page.getByLabel('Patient', { exact: true }).fill('Unplugged');
    await page.getByRole('option', { name: /Unplugged, Olga/ }).click();
    await page.getByLabel('Kind of admission').selectOption('elective');
    await page.context().setOffline(true);
    await page.getByRole('button', { name: 'Admit a patient' }).last().click();
    await page.getByText('1 action waiting to be sent').waitFor();
    // The board shows the bed taken at once, marked as not yet on the server; the sync list names the admission.
    await bed.getByText('Occupied · Waiting to be sent').waitFor();
    await page.getByText('What this computer holds').click();
    await page
      .getByRole('listitem')
      .filter({ hasText: /^Admission/ })
      .waitFor();
    const census = () => http.call('GET', `/api/census?wardId=${ward.body.id}`, { token });
    expect((await census()).body.items).toEqual([]);

    await page.context().setOffline(false);
    await page.getByText('Everything is sent').waitFor();
    expect((await census()).body.items.map((e: { bedLabel: string }) => e.bedLabel)).toEqual(['1']);
    await board.getByRole('link', { name: /Unplugged, Olga/ }).waitFor();
  });

  it('lets a person change their own password, after which the old one no longer signs in', async () => {
    const created = await http.call('POST', '/api/admin/accounts', {
      token,
      body: { username: 'pat.changer', password: 'first long passphrase', displayName: 'Pat Changer', roles: [] },
    });
    expect(created.status).toBe(201);
    const page = await suite().signedIn('pat.changer', 'first long passphrase');
    await page.getByRole('link', { name: 'Change password' }).click();
    await page.getByLabel('Current password').fill('first long passphrase');
    await page.getByLabel('New password').fill('password');
    await page.getByRole('button', { name: 'Change password' }).click();
    await page
      .getByRole('alert')
      .getByText(/at least 15 characters/)
      .waitFor();
    await page.getByLabel('New password').fill('second long passphrase');
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByRole('status').getByText('Your password is changed.', { exact: false }).waitFor();
    const old = await http.call('POST', '/api/auth/login', {
      body: { username: 'pat.changer', password: 'first long passphrase' },
    });
    expect(old.status).toBe(401);
    expect(await http.login('pat.changer', 'second long passphrase')).toEqual(expect.any(String));
  });

  it('ran every page above under the Content-Security-Policy without a violation', () => {
    expect(suite().cspViolations).toEqual([]);
  });
});
