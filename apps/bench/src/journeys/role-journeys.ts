import type { Locator, Page } from 'playwright-core';

/**
 * The roles' main journeys in the web client, step by step as a user does them (clicks and typing, no address typed
 * in the bar). The browser test (apps/web/e2e/role-journeys.e2e.spec.ts) and `pnpm bench journeys` both run these
 * functions, so what is timed is what is tested. Each user action goes through a {@link Journey}, which counts it.
 */

/** What a journey's set-up calls on the API, signed in as the administrator (the test's and the bench's clients). */
export type AdminCall = (method: string, path: string, body?: unknown) => Promise<{ status: number; body: unknown }>;

/** The password the journeys' invented accounts sign in with. */
export const JOURNEY_PASSWORD = 'a long enough passphrase for journeys';

/** Counts what the user does: a click (or a tap) per pointer action, a key press per character typed or key. */
export class Journey {
  clicks = 0;
  keys = 0;

  constructor(
    readonly page: Page,
    readonly baseUrl: string,
    /** Called on every page the journey shows (the test runs axe there; the bench, nothing). */
    private readonly onPage: (page: Page) => Promise<void>,
  ) {}

  async click(target: Locator): Promise<void> {
    await target.click();
    this.clicks++;
  }

  /** A click into the field, then the text typed; what the field held (the header search keeps it) is replaced. */
  async type(field: Locator, text: string): Promise<void> {
    await field.click();
    this.clicks++;
    if ((await field.inputValue()) !== '') {
      await field.press('ControlOrMeta+a');
      this.keys++;
    }
    await field.pressSequentially(text);
    this.keys += text.length;
  }

  /** A native select: one click opens it, one chooses. */
  async choose(select: Locator, value: string): Promise<void> {
    await select.selectOption(value);
    this.clicks += 2;
  }

  /** A page the journey reached, once it shows what `ready` waits for. */
  async visited(ready: Locator): Promise<void> {
    await ready.waitFor();
    await this.onPage(this.page);
  }
}

/** The invented people a run of the journeys needs, made once through the API. */
export interface JourneyFixtures {
  /** Username of the front-desk account. */
  readonly frontDesk: string;
}

/** One role's main journey: who signs in and what they do once the home page shows. */
export interface RoleJourney {
  readonly role: string;
  readonly journey: string;
  readonly username: (fixtures: JourneyFixtures) => string;
  /** `run` numbers the runs in one set-up, so what each registers or creates is new. */
  readonly steps: (j: Journey, run: number) => Promise<void>;
}

/** A practitioner's calendar open all day with 5-minute appointments, so a free time is always left today. */
const PRACTITIONER = '6f3d2a10-8c1e-4b7a-9d55-0a1b2c3d4e5f';

/** Creates the accounts and the calendar the journeys use. */
export async function setUpJourneys(call: AdminCall): Promise<JourneyFixtures> {
  const created = await call('POST', '/api/admin/accounts', {
    username: 'desmond',
    password: JOURNEY_PASSWORD,
    displayName: 'Desmond Frontwell',
    roles: ['front-desk'],
  });
  if (created.status !== 201) throw new Error(`The front-desk account was refused: ${created.status}`);
  const schedule = await call('PUT', `/api/schedules/${PRACTITIONER}`, {
    timeZone: 'UTC',
    weeklyAvailability: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].map(
      (dayOfWeek) => ({ dayOfWeek, start: '00:00', end: '23:55', location: 'Outpatients, room 2' }),
    ),
    appointmentTypes: [{ code: 'consultation', durationMinutes: 5 }],
  });
  if (schedule.status !== 200) throw new Error(`The calendar was refused: ${schedule.status}`);
  return { frontDesk: 'desmond' };
}

/** Letters only (names are validated as names): 0 → "A", 1 → "B", … 26 → "BA". */
function lettersOf(run: number): string {
  let n = run;
  let out = '';
  do {
    out = String.fromCharCode(65 + (n % 26)) + out;
    n = Math.floor(n / 26);
  } while (n > 0);
  return out;
}

const modules = (page: Page) => page.getByRole('navigation', { name: 'Modules' });

/**
 * Front desk: searches first (the person is not on file), registers them (their page opens, with the MRN), and
 * books their first appointment from that page.
 */
async function frontDesk(j: Journey, run: number): Promise<void> {
  const { page } = j;
  const familyName = `Fieldstone${lettersOf(run).toLowerCase()}`;
  const search = page.getByRole('combobox', { name: 'Search patients' });
  await j.type(search, familyName);
  await page.getByText('No patient matches.').waitFor();
  await j.click(modules(page).getByRole('link', { name: 'Patients' }));
  await j.click(page.getByRole('link', { name: 'Register a patient' }));
  await j.visited(page.getByLabel('Given name'));
  await j.type(page.getByLabel('Given name'), 'Petra');
  await j.type(page.getByLabel('Family name'), familyName);
  // Another year per run: the same name and birth date would (rightly) be held as a likely duplicate.
  await j.type(page.getByLabel('Date of birth'), `${1940 + (run % 60)}-03-21`);
  await j.choose(page.getByLabel('Gender'), 'female');
  await j.click(page.getByRole('button', { name: 'Register', exact: true }));
  // The new patient's page opens at once, the banner showing the MRN just given.
  await page.waitForURL(/\/patients\/[0-9a-f-]{36}$/);
  await j.visited(page.getByRole('heading', { name: `${familyName}, Petra`, level: 1 }));
  const banner = page.getByRole('region', { name: 'Patient', exact: true });
  await banner
    .getByText(/^\d{6,}$/)
    .first()
    .waitFor();

  // Booking from the patient's page: the calendar opens with the patient already chosen.
  await j.click(page.getByRole('link', { name: 'Book an appointment' }));
  await j.visited(page.getByRole('button', { name: 'Find free times' }));
  await page.getByText(`${familyName}, Petra`).first().waitFor();
  await j.click(page.getByRole('button', { name: 'Find free times' }));
  await j.click(page.getByRole('list', { name: 'Free times' }).getByRole('button', { name: 'Book' }).first());
  await j.visited(page.getByText('Booked.', { exact: true }));
}

/**
 * Administrator: the user accounts, a new colleague's account with a role (confirmed), then the modules and the
 * health of the system, then the job queues.
 */
async function administrator(j: Journey, run: number): Promise<void> {
  const { page } = j;
  const username = `newcomer${lettersOf(run).toLowerCase()}`;
  const overview = page.getByRole('region', { name: 'Administration' });
  await j.visited(overview.getByRole('link', { name: 'Users', exact: true }));
  await j.click(overview.getByRole('link', { name: 'Users', exact: true }));
  await j.visited(page.getByRole('heading', { name: 'Users', level: 1 }));
  await j.click(page.getByRole('button', { name: 'Create a user' }));
  const editor = page.getByRole('region', { name: 'New user account' });
  await j.type(editor.getByLabel('Username'), username);
  await j.type(editor.getByLabel('Full name'), `Nora Newcomer ${lettersOf(run)}`);
  await j.type(editor.getByLabel('First password'), JOURNEY_PASSWORD);
  await j.click(editor.getByRole('checkbox', { name: /^nurse/ }));
  await j.click(editor.getByRole('button', { name: 'Save' }));
  const confirm = page.getByRole('alertdialog', { name: `Create the account ${username}?` });
  await j.visited(confirm);
  await j.click(confirm.getByRole('button', { name: 'Confirm' }));
  await j.visited(page.getByRole('status').filter({ hasText: `The account ${username} is created.` }));

  await j.click(modules(page).getByRole('link', { name: 'Administration' }));
  await j.click(overview.getByRole('link', { name: 'Modules and health', exact: true }));
  await j.visited(page.getByRole('table', { name: 'Parts of the system' }).getByText('Working').first());
  await j.click(modules(page).getByRole('link', { name: 'Administration' }));
  await j.click(overview.getByRole('link', { name: 'Job queues', exact: true }));
  await j.visited(page.getByRole('table', { name: 'Queues and their jobs by state' }));
}

/** The journeys the test runs and the bench times, in the order of the user guide. */
export const ROLE_JOURNEYS: readonly RoleJourney[] = [
  {
    role: 'front desk',
    journey: 'search, register, patient page (MRN), book an appointment',
    username: (f) => f.frontDesk,
    steps: frontDesk,
  },
  {
    role: 'administrator',
    journey: 'users, create a user with a role, modules and health, queues',
    username: () => 'admin',
    steps: administrator,
  },
];

/** Signs in through the sign-in page (not counted: every journey starts from the signed-in home page). */
export async function signInForJourney(page: Page, baseUrl: string, username: string, password: string) {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
}
