import type { Page } from 'playwright-core';
import { ADMIN_PASSWORD, type HttpClient, type ServerProcess } from '../../api/test/e2e-support';
import { untilWorksOffline } from './browser';
import { e2eSuite } from './e2e-suite';

/**
 * The replicated working set in a real browser against the real server: a ward's board kept on the computer with
 * its patients' charts, read after an offline reload, and nothing readable left after sign-out. Invented people only.
 */
const suite = e2eSuite('hms_e2e_web_replica', 'patient,adt,ehr');
let server: ServerProcess;
let http: HttpClient;
let token: string;
beforeAll(() => {
  ({ server, http, token } = suite());
});

const post = async (path: string, body: unknown) => {
  const answer = await http.call('POST', path, { token, body });
  if (answer.status >= 300) throw new Error(`${path} answered ${answer.status}: ${answer.text}`);
  return answer.body;
};

/** What the replica database holds, read in the page (this file is compiled without the DOM's types). */
function replicaDatabase(page: Page): Promise<{ exists: boolean; copies: number; keys: number; text: string }> {
  return page.evaluate(`(async () => {
    const names = (await indexedDB.databases()).map((d) => d.name);
    if (!names.includes('hms-replica')) return { exists: false, copies: 0, keys: 0, text: '' };
    const db = await new Promise((resolve, reject) => {
      const opening = indexedDB.open('hms-replica');
      opening.onsuccess = () => resolve(opening.result);
      opening.onerror = () => reject(opening.error);
    });
    const all = (store) => new Promise((resolve) => {
      if (!db.objectStoreNames.contains(store)) return resolve([]);
      const request = db.transaction(store).objectStore(store).getAll();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => resolve([]);
    });
    const copies = await all('copies');
    const keys = await all('keys');
    const text = copies.map((c) => new TextDecoder().decode(c.sealed.data)).join(' ');
    db.close();
    return { exists: true, copies: copies.length, keys: keys.length, text };
  })()`);
}

describe('the replicated working set in Chromium', () => {
  it('keeps a ward and its charts, shows both after an offline reload, and leaves nothing readable after sign-out', async () => {
    const ward = await post('/api/wards', {
      code: 'REPL',
      name: 'Replica ward',
      specialty: 'Medicine',
      beds: ['1', '2'],
    });
    const patient = await post('/api/patients', {
      givenName: 'Wanda',
      familyName: 'Wardcopy',
      birthDate: '1949-09-09',
      gender: 'female',
    });
    await post(`/api/charts/${patient.id}/allergies`, { substance: 'Codeine', category: 'medication' });
    const board = await http.call('GET', `/api/wards/${ward.id}/board`, { token });
    await post('/api/admissions', {
      patientId: patient.id,
      wardId: ward.id,
      bedId: board.body.beds[0].id,
      reason: { category: 'emergency' },
    });

    const page = await suite().signedIn('admin', ADMIN_PASSWORD, { width: 1200, height: 800 });
    await page.goto(`${server.url}/wards/${ward.id}`);
    await page.getByText('Wardcopy, Wanda').waitFor();
    // The board, and the patient in it: chart, MAR and the banner's identity and location, sealed (no name readable).
    await page.waitForFunction(
      `(async () => { const dbs = await indexedDB.databases(); return dbs.some((d) => d.name === 'hms-replica'); })()`,
    );
    let kept = await replicaDatabase(page);
    for (let i = 0; i < 100 && kept.copies < 5; i++) {
      await page.waitForTimeout(100);
      kept = await replicaDatabase(page);
    }
    expect(kept.copies).toBe(5);
    expect(kept.keys).toBe(1);
    expect(kept.text).not.toContain('Wardcopy');
    await untilWorksOffline(page);

    await page.context().setOffline(true);
    await page.reload();
    await page.getByText('Wardcopy, Wanda').waitFor();
    await page.getByText(/No network: the board as it was at/).waitFor();
    // The chart was never opened: it was kept with the board.
    await page.goto(`${server.url}/patients/${patient.id}/chart`);
    await page
      .getByRole('region', { name: /Allergies and intolerances/ })
      .getByText('Codeine')
      .waitFor();

    await page.context().setOffline(false);
    await page.goto(`${server.url}/wards/${ward.id}`);
    await page.getByText('Wardcopy, Wanda').waitFor();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByLabel('Username').waitFor();
    const after = await replicaDatabase(page);
    expect(after.copies).toBe(0);
    expect(after.keys).toBe(0);
  });
});
