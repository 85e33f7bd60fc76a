import { randomUUID } from 'node:crypto';
import { seriousViolations } from './axe';
import { screenshot } from './browser';
import { e2eSuite } from './e2e-suite';

/**
 * Each role's start page in a real browser: the home widgets the enabled plugins declare, shown by permission (the
 * front desk's find-or-register and today's arrivals, a nurse's ward, a doctor's notes to sign, the storekeeper's low
 * stock and expiring lots), and the header's patient search with its keyboard shortcut. Invented people only.
 */
const suite = e2eSuite('hms_e2e_web_home', 'patient,scheduling,adt,ehr,inventory');
const PASSWORD = 'a long enough passphrase for tests';
const PRACTITIONER = randomUUID();

/** Today's date in UTC, the time zone of the suite's browser and of the schedule below. */
const today = (): string => new Date().toISOString().slice(0, 10);
/** The date `days` from today (UTC), `YYYY-MM-DD`. */
const inDays = (days: number): string => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** The two screen sizes a home must work at: a desktop on the ward or in the stores, and a tablet held upright. */
const DESKTOP = { width: 1366, height: 768 };
const TABLET = { width: 820, height: 1180 };

describe('the home page and the header search in Chromium', () => {
  let arrival: { id: string; mrn: string };
  let inpatient: { id: string; mrn: string };
  let draftNoteId = '';

  beforeAll(async () => {
    const { http, token } = suite();
    const accounts: Record<string, string> = {};
    for (const [username, displayName, role] of [
      ['dora', 'Dora Desk', 'front-desk'],
      ['nina', 'Nina Nurse', 'nurse'],
      ['stan', 'Stan Stores', 'storekeeper'],
      ['dara', 'Dara Doctor', 'physician'],
    ] as const) {
      const created = await http.call<{ id: string }>('POST', '/api/admin/accounts', {
        token,
        body: { username, password: PASSWORD, displayName, roles: [role] },
      });
      expect(created.status).toBe(201);
      accounts[username] = created.body.id;
    }
    const register = async (givenName: string, familyName: string) =>
      (
        await http.call<{ id: string; mrn: string }>('POST', '/api/patients', {
          token,
          body: { givenName, familyName, birthDate: '1980-04-04', gender: 'female' },
        })
      ).body;
    arrival = await register('Ada', 'Homefield');
    inpatient = await register('Wanda', 'Wardley');

    // A calendar open all day with short appointments, so a free time is left today whenever the test runs (but in
    // the last five minutes before midnight UTC).
    const schedule = await http.call('PUT', `/api/schedules/${PRACTITIONER}`, {
      token,
      body: {
        timeZone: 'UTC',
        weeklyAvailability: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].map(
          (dayOfWeek) => ({ dayOfWeek, start: '00:00', end: '23:55', location: 'Outpatients, room 1' }),
        ),
        appointmentTypes: [{ code: 'consultation', durationMinutes: 5 }],
      },
    });
    expect(schedule.status).toBe(200);
    const slots = await http.call<{ items: { startsAt: string }[] }>(
      'GET',
      `/api/schedules/${PRACTITIONER}/slots?type=consultation&from=${today()}&to=${today()}&limit=1`,
      { token },
    );
    const booked = await http.call('POST', '/api/appointments', {
      token,
      body: {
        patientId: arrival.id,
        practitionerId: PRACTITIONER,
        type: 'consultation',
        startsAt: slots.body.items[0]!.startsAt,
      },
    });
    expect(booked.status).toBe(201);

    const ward = await http.call<{ id: string }>('POST', '/api/wards', {
      token,
      body: { code: 'HOME1', name: 'Home ward', specialty: 'Internal medicine', beds: ['1', '2'] },
    });
    const board = await http.call<{ beds: { id: string; label: string }[] }>(
      'GET',
      `/api/wards/${ward.body.id}/board`,
      {
        token,
      },
    );
    const admitted = await http.call('POST', '/api/admissions', {
      token,
      body: {
        patientId: inpatient.id,
        wardId: ward.body.id,
        bedId: board.body.beds.find((bed) => bed.label === '2')!.id,
        reason: { category: 'emergency' },
      },
    });
    expect(admitted.status).toBe(201);
    const onTeam = await http.call('POST', `/api/wards/${ward.body.id}/staff`, {
      token,
      body: { memberId: accounts.nina },
    });
    expect(onTeam.status).toBeLessThan(300);

    // The doctor attends the inpatient's encounter and has started a note there, not signed yet.
    const opened = await http.call<{ encounterId: string }>('POST', '/api/encounters', {
      token,
      body: { patientId: inpatient.id, class: 'inpatient' },
    });
    expect(opened.status).toBe(201);
    const attending = await http.call('POST', `/api/encounters/${opened.body.encounterId}/care-team`, {
      token,
      body: { memberId: accounts.dara, role: 'attending' },
    });
    expect(attending.status).toBeLessThan(300);
    const doctor = await http.login('dara', PASSWORD);
    const note = await http.call<{ id: string }>('POST', '/api/notes', {
      token: doctor,
      body: { patientId: inpatient.id, title: 'Admission clerking' },
    });
    expect(note.status).toBe(201);
    draftNoteId = note.body.id;
  });

  it("shows the front desk today's arrivals and the patient search, and opens a patient from the header", async () => {
    const { server, signedIn } = suite();
    const page = await signedIn('dora', PASSWORD, { width: 1366, height: 768 });
    await page.getByRole('heading', { name: 'Welcome, Dora Desk', level: 1 }).waitFor();
    const find = page.getByRole('region', { name: 'Find or register a patient' });
    await find.getByRole('link', { name: 'Register a patient' }).waitFor();
    const todayList = page.getByRole('region', { name: "Today's appointments" });
    await todayList.getByText('Arrivals today, every calendar').waitFor();
    await todayList.getByRole('link', { name: `Homefield, Ada (${arrival.mrn})` }).waitFor();
    // The nurse's ward list needs the census permission, which the front desk does not hold.
    expect(await page.getByRole('region', { name: 'Your ward' }).count()).toBe(0);
    await screenshot(page, 'home-front-desk');

    // "/" from anywhere on the page puts the cursor in the header's search.
    await page.locator('body').press('/');
    const search = page.getByRole('combobox', { name: 'Search patients' });
    expect(await page.evaluate<string | undefined>('document.activeElement?.id')).toBe('header-patient-search');
    await search.pressSequentially('Wardley');
    await page.getByRole('option', { name: `Wardley, Wanda (${inpatient.mrn})` }).click();
    await page.waitForURL(`${server.url}/patients/${inpatient.id}`);
    // The patient banner: who it is; the front desk reads neither the chart nor the census, so nothing of them.
    const banner = page.getByRole('region', { name: 'Patient', exact: true });
    await banner.getByText('Wardley, Wanda').waitFor();
    await banner.getByText(inpatient.mrn).waitFor();
    await banner.getByText('Female').waitFor();
    expect(await banner.getByText('Allergies').count()).toBe(0);
    expect(await banner.getByText('Location').count()).toBe(0);
  });

  it("shows a nurse their ward's patients, and finds a patient by MRN with Ctrl+K and the keyboard alone", async () => {
    const { server, signedIn } = suite();
    const page = await signedIn('nina', PASSWORD);
    const ward = page.getByRole('region', { name: 'Your ward' });
    await ward.getByRole('link', { name: `Wardley, Wanda (${inpatient.mrn})` }).waitFor();
    await ward.getByRole('cell', { name: '2', exact: true }).waitFor();
    // Registering is the front desk's: the nurse's home has no find-or-register block.
    expect(await page.getByRole('region', { name: 'Find or register a patient' }).count()).toBe(0);

    // Her patient's banner says where the patient lies and the allergies (her ward's team may read the chart).
    await ward.getByRole('link', { name: `Wardley, Wanda (${inpatient.mrn})` }).click();
    const banner = page.getByRole('region', { name: 'Patient', exact: true });
    await banner.getByRole('link', { name: 'HOME1, bed 2' }).waitFor();
    await banner.getByText('No allergies recorded').waitFor();
    await screenshot(page, 'patient-banner');

    await page.keyboard.press('Control+k');
    await page.keyboard.type(arrival.mrn);
    await page.getByRole('option', { name: `Homefield, Ada (${arrival.mrn})` }).waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${server.url}/patients/${arrival.id}`);
    // Not her patient: the chart is refused under the care rule, and the banner just leaves the allergies out.
    await banner.getByText('Homefield, Ada').waitFor();
    expect(await banner.getByText('Allergies').count()).toBe(0);
    expect(await banner.getByText('Location').count()).toBe(0);
  });

  it("shows a doctor their patients and the notes they have not signed, at a desk's and a tablet's size", async () => {
    const { server, signedIn } = suite();
    for (const [viewport, name] of [
      [DESKTOP, 'home-doctor'],
      [TABLET, 'home-doctor-tablet'],
    ] as const) {
      const page = await signedIn('dara', PASSWORD, viewport);
      await page.getByRole('heading', { name: 'Welcome, Dara Doctor', level: 1 }).waitFor();
      const toSign = page.getByRole('region', { name: 'Notes to sign' });
      const row = toSign.getByRole('row').filter({ hasText: 'Admission clerking' });
      await row.getByRole('link', { name: `Wardley, Wanda (${inpatient.mrn})` }).waitFor();
      expect(await toSign.getByRole('row').count()).toBe(2); // the header and her one draft
      // Her patients: the one whose stay she attends, with the ward and bed from the admissions plugin.
      const patients = page.getByRole('region', { name: 'Your patients' });
      const patientRow = patients.getByRole('row').filter({ hasText: inpatient.mrn });
      await patientRow.getByRole('link', { name: 'HOME1, bed 2' }).waitFor();
      await patientRow.getByText('Attending').waitFor();
      // Registering is the front desk's, the stores the storekeeper's.
      expect(await page.getByRole('region', { name: 'Find or register a patient' }).count()).toBe(0);
      expect(await page.getByRole('region', { name: 'Below reorder level' }).count()).toBe(0);
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, name);
      if (viewport === TABLET) {
        await row.getByRole('link', { name: 'Admission clerking' }).click();
        await page.waitForURL(`${server.url}/notes/${draftNoteId}`);
      }
    }
  });

  it("shows the storekeeper what is low and the lots expiring soonest first, at a desk's and a tablet's size", async () => {
    const { http, token, signedIn } = suite();
    const call = async <T>(path: string, body: unknown): Promise<T> => {
      const answer = await http.call<T>('POST', path, { token, body });
      expect(answer.status).toBeLessThan(300);
      return answer.body;
    };
    const store = await call<{ id: string }>('/api/inventory/locations', { code: 'HS1', name: 'Home test store' });
    const drops = await call<{ id: string }>('/api/inventory/items', {
      code: 'MED-HOMEDROPS-10',
      name: 'Homedrops 10 ml',
      category: 'medicine',
      unit: 'bottle',
    });
    const level = await http.call('PUT', `/api/inventory/items/${drops.id}/locations/${store.id}/reorder-level`, {
      token,
      body: { reorderLevel: 50, reorderQuantity: 100 },
    });
    expect(level.status).toBeLessThan(300);
    // Three lots: two inside the two months the home looks ahead (the later one received first), one far off.
    for (const [lot, days] of [
      ['LATE-2', 50],
      ['SOON-1', 20],
      ['FAR-3', 400],
    ] as const) {
      await call('/api/inventory/receipts', {
        itemId: drops.id,
        locationId: store.id,
        quantity: 10,
        lot,
        expiresOn: inDays(days),
        supplier: 'Invented Pharma Ltd',
      });
    }

    for (const [viewport, name] of [
      [DESKTOP, 'home-stores'],
      [TABLET, 'home-stores-tablet'],
    ] as const) {
      const page = await signedIn('stan', PASSWORD, viewport);
      const home = page.getByRole('region', { name: 'Below reorder level' });
      await home.getByRole('row').filter({ hasText: 'Homedrops 10 ml' }).getByText('30 bottles / 50 bottles').waitFor();
      const expiring = home.getByRole('region', { name: 'Expiring within 60 days' });
      await expiring.getByText(/lot SOON-1 at Home test store/).waitFor();
      const lots = await expiring.getByRole('listitem').allTextContents();
      // Nearest expiry first, each with its store and quantity; the lot a year away is not there.
      expect(lots.map((text) => /lot (\S+) at Home test store/.exec(text)?.[1])).toEqual(['SOON-1', 'LATE-2']);
      expect(lots[0]).toContain('10 bottles');
      // The clinical widgets are not the storekeeper's.
      expect(await page.getByRole('region', { name: 'Your ward' }).count()).toBe(0);
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, name);
    }
  });
});
