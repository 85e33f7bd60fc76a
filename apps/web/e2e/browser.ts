import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

/**
 * Debian's Chromium, driven headless by playwright-core (no browser download: `.ci/run` installs the `chromium`
 * package when it is missing). `HMS_CHROMIUM` points elsewhere when a machine keeps it in another place.
 */
const CHROMIUM = process.env.HMS_CHROMIUM ?? '/usr/bin/chromium';

/** Where the e2e run leaves the screenshots the user guide shows. */
export const SCREENSHOTS = path.resolve(__dirname, '../../../docs/screenshots');

/**
 * Starts the browser with its own home and XDG folders under a temp dir, so it neither reads nor leaves anything
 * in the user's profile; answers the browser and the function that closes it and removes the folder.
 */
export async function startBrowser(): Promise<{ browser: Browser; close: () => Promise<void> }> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium is missing at ${CHROMIUM}: apt-get install -y chromium`);
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'hms-e2e-chromium-'));
  const env = {
    ...process.env,
    HOME: home,
    XDG_CONFIG_HOME: path.join(home, 'config'),
    XDG_CACHE_HOME: path.join(home, 'cache'),
    XDG_DATA_HOME: path.join(home, 'data'),
    XDG_RUNTIME_DIR: path.join(home, 'runtime'),
  } as Record<string, string>;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    env,
    // Tests run as root in CI containers, where Chromium's sandbox cannot start.
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--no-first-run', '--disable-gpu'],
  });
  return {
    browser,
    close: async () => {
      await browser.close();
      fs.rmSync(home, { recursive: true, force: true });
    },
  };
}

/** A small PNG of what the page shows now, for docs/screenshots. */
export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), type: 'png', animations: 'disabled' });
}

/**
 * Waits until the service worker has cached the app and controls the page, so the page keeps working offline: on a
 * first visit the worker installs in the background (caching every asset takes a while on a busy machine), and the
 * page it was installed from is controlled only after a reload, as in a real browser.
 */
export async function untilWorksOffline(page: Page): Promise<void> {
  // Expressions run in the page (this file is compiled without the DOM's types).
  await page.evaluate('navigator.serviceWorker.ready.then(() => true)');
  if (await page.evaluate<boolean>('navigator.serviceWorker.controller === null')) {
    await page.reload();
    await page.waitForFunction('navigator.serviceWorker.controller !== null');
  }
}

/** Signs in through the sign-in page, as a user does, and waits for the shell. */
export async function signIn(page: Page, baseUrl: string, username: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
}
