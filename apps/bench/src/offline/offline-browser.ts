import { chromium, type Browser, type Page } from 'playwright-core';
import type { QueuedCommand } from './offline-workload';

/** Debian's Chromium, as the browser tests use it. */
const CHROMIUM = process.env.HMS_CHROMIUM ?? '/usr/bin/chromium';

export interface WardComputer {
  readonly page: Page;
  close(): Promise<void>;
}

/** A ward computer: Chromium signed in to the web client, which has opened its outbox and started its sync loop. */
export async function openWardComputer(url: URL, password: string): Promise<WardComputer> {
  const browser: Browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  const context = await browser.newContext({ viewport: { width: 1100, height: 760 } });
  const page = await context.newPage();
  await page.goto(new URL('/login', url).toString());
  await page.getByLabel('Username').fill('admin');
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
  await page.getByText('Everything is sent').waitFor();
  return { page, close: () => browser.close() };
}

/**
 * The hour offline: the network goes, and the commands are put in the page's outbox (IndexedDB, the store the web
 * client's outbox reads) as its screens would have left them. Written in one transaction from the page: typing a
 * thousand forms would measure the typing, not the sync.
 */
export async function queueOffline(page: Page, commands: readonly QueuedCommand[]): Promise<void> {
  await page.context().setOffline(true);
  await page.evaluate(
    `new Promise((resolve, reject) => {
      const opening = indexedDB.open('hms');
      opening.onerror = () => reject(opening.error);
      opening.onsuccess = () => {
        const tx = opening.result.transaction('outbox', 'readwrite');
        for (const entry of ${JSON.stringify(commands)}) tx.objectStore('outbox').put(entry);
        tx.oncomplete = () => { opening.result.close(); resolve(true); };
        tx.onerror = () => reject(tx.error);
      };
    })`,
  );
}

/** Entries still in the page's outbox. */
export function outboxSize(page: Page): Promise<number> {
  return page.evaluate<number>(
    `new Promise((resolve, reject) => {
      const opening = indexedDB.open('hms');
      opening.onerror = () => reject(opening.error);
      opening.onsuccess = () => {
        const counting = opening.result.transaction('outbox', 'readonly').objectStore('outbox').count();
        counting.onsuccess = () => { opening.result.close(); resolve(counting.result); };
      };
    })`,
  );
}

/** The network comes back: the browser fires `online` and the web client's sync loop sends what waits. */
export async function reconnect(page: Page): Promise<void> {
  await page.context().setOffline(false);
}

/** What is left in the page's outbox, by status and refusal code: why a run did not converge. */
export function outboxLeft(page: Page): Promise<Record<string, number>> {
  return page.evaluate<Record<string, number>>(
    `new Promise((resolve, reject) => {
      const opening = indexedDB.open('hms');
      opening.onerror = () => reject(opening.error);
      opening.onsuccess = () => {
        const all = opening.result.transaction('outbox', 'readonly').objectStore('outbox').getAll();
        all.onsuccess = () => {
          const counts = {};
          for (const e of all.result) {
            const key = e.command + ' ' + e.status + ' ' + (e.rejection?.code ?? '');
            counts[key] = (counts[key] ?? 0) + 1;
          }
          opening.result.close();
          resolve(counts);
        };
      };
    })`,
  );
}

const LIVE = 'Live: saved as you type';

/** Opens each note once while online, so this computer holds its document (as a ward computer would have). */
export async function openNotesOnline(page: Page, url: URL, noteIds: readonly string[]): Promise<void> {
  // The service worker must control the page before it goes offline, or the app cannot load offline.
  await page.evaluate('navigator.serviceWorker.ready.then(() => true)');
  if (await page.evaluate<boolean>('navigator.serviceWorker.controller === null')) {
    await page.reload();
    await page.waitForFunction('navigator.serviceWorker.controller !== null');
  }
  for (const id of noteIds) {
    await page.goto(new URL(`/notes/${id}`, url).toString());
    await page.getByText(LIVE).waitFor();
  }
}

/** Offline: opens each note from this computer's copy and writes a line at its end. */
export async function writeNotesOffline(page: Page, lines: ReadonlyMap<string, string>): Promise<void> {
  for (const [id, line] of lines) {
    await openInApp(page, `/notes/${id}`);
    const text = page.getByRole('textbox', { name: 'Text of the note' });
    await text.waitFor();
    await text.focus();
    await page.keyboard.press('Control+End');
    if (((await text.textContent()) ?? '').trim() !== '') await page.keyboard.press('Enter');
    await page.keyboard.type(line);
    await page.getByText(line).waitFor();
    // Left as a nurse leaves it, inside the app (a page load would abort the local writes still queued), and the
    // next note opened only once this one is listed as holding unsent writing.
    await page.getByRole('navigation', { name: 'Modules' }).getByRole('link', { name: 'Patients' }).click();
    await page.waitForURL(/\/patients$/);
    const count = [...lines.keys()].indexOf(id) + 1;
    await page
      .getByRole('status')
      .getByText(count === 1 ? '1 note with writing not yet sent' : `${count} notes with writing not yet sent`)
      .waitFor();
  }
}

/**
 * Follows a link inside the app, as a click on a note in a list does: the page stays loaded, so the local writes
 * of the note just left finish (a page load would abort the ones still queued, losing the end of what was typed).
 */
async function openInApp(page: Page, path: string): Promise<void> {
  await page.evaluate(
    `(() => { const a = document.createElement('a'); a.href = ${JSON.stringify(path)}; document.body.append(a); a.click(); a.remove(); })()`,
  );
  await page.waitForURL((address) => address.pathname === path);
}
