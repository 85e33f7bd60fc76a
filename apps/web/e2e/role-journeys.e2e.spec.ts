import type { Page } from 'playwright-core';
import { ADMIN_PASSWORD } from '../../api/test/e2e-support';
import {
  Journey,
  JOURNEY_PASSWORD,
  ROLE_JOURNEYS,
  setUpJourneys,
  signInForJourney,
  type JourneyFixtures,
} from '../../bench/src/journeys/role-journeys';
import { seriousViolations } from './axe';
import { screenshot } from './browser';
import { e2eSuite } from './e2e-suite';

/**
 * Each role's main journey, as `pnpm bench journeys` times it (the same step functions), at desktop size and on a
 * tablet held upright, with axe-core on every page the journey shows: no critical or serious violation anywhere.
 * Invented people only.
 */
const suite = e2eSuite('hms_e2e_web_role_journeys', 'patient,scheduling,adt');
const SIZES = [
  { name: 'desktop', viewport: { width: 1366, height: 768 } },
  { name: 'tablet', viewport: { width: 820, height: 1180 } },
] as const;

/** The page's worst accessibility problems, with the address they were found at (empty when there are none). */
async function accessible(page: Page): Promise<void> {
  const violations = await seriousViolations(page);
  expect(violations.map((v) => ({ ...v, at: new URL(page.url()).pathname }))).toEqual([]);
}

describe("the roles' main journeys in Chromium", () => {
  let fixtures: JourneyFixtures;
  let run = 0;

  beforeAll(async () => {
    const { http, token } = suite();
    fixtures = await setUpJourneys(async (method, path, body) => {
      const answer = await http.call(method, path, { token, body });
      return { status: answer.status, body: answer.body };
    });
  });

  for (const journey of ROLE_JOURNEYS)
    for (const size of SIZES)
      it(`${journey.role}: ${journey.journey}, at ${size.name} size`, async () => {
        const { server, newPage } = suite();
        const page = await newPage(size.viewport);
        const username = journey.username(fixtures);
        await signInForJourney(page, server.url, username, username === 'admin' ? ADMIN_PASSWORD : JOURNEY_PASSWORD);
        await accessible(page);
        const j = new Journey(page, server.url, accessible);
        await journey.steps(j, run++);
        // The page does not scroll sideways: wide tables scroll inside their own block.
        expect(await page.evaluate<boolean>('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
        expect(j.clicks).toBeGreaterThan(0);
        await screenshot(page, `journey-${journey.role.replace(/ /g, '-')}-${size.name}`);
        expect(suite().cspViolations).toEqual([]);
      }, 120_000);
});
