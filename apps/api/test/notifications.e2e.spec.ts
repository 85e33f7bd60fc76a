import { AccountService } from '@hms/core';
import { createTestDatabase, type TestDatabase } from '@hms/core/testing';
import type { RunningApi } from '../src/start-api';
import { ADMIN_PASSWORD, HttpClient, PROBLEM_JSON, type Answer } from './e2e-support';
import { openLive, until } from './live-support';
import { startTestApi } from './test-api';

const PASSWORD = 'notifications test passphrase';
const HOUR = 3_600_000;

interface InboxItem {
  id: string;
  code: string;
  kind: string;
  severity: string;
  subjectKey: string;
  link: string;
  unread: boolean;
  acknowledgedAt: string | null;
  snoozedUntil: string | null;
}

/**
 * The notification inbox over HTTP, through the compiled API with real sessions: inventory's low-stock job raises
 * an alert for the storekeeper role, the storekeeper's live channel hears the unread count, and only the storekeeper
 * reaches it. Invented items and stores only.
 */
describe('notifications over HTTP', () => {
  let database: TestDatabase;
  let api: RunningApi;
  let http: HttpClient;
  let admin: string;
  let storekeeper: string;
  let porter: string;
  let itemId: string;
  let locationId: string;

  const call = async <B = unknown>(method: string, path: string, token: string, body?: unknown): Promise<Answer<B>> =>
    http.call<B>(method, path, { token, body });
  const ok = async <B = unknown>(method: string, path: string, token: string, body?: unknown): Promise<B> => {
    const answer = await call<B>(method, path, token, body);
    if (answer.status >= 300) throw new Error(`${method} ${path} answered ${answer.status}: ${answer.text}`);
    return answer.body;
  };
  const inbox = (token: string) => ok<{ items: InboxItem[]; unread: number }>('GET', '/api/notifications', token);
  const expectProblem = (answer: Answer, status: number, code: string) => {
    expect(answer.status).toBe(status);
    expect(answer.headers.get('content-type')).toContain(PROBLEM_JSON);
    expect(answer.body).toMatchObject({ code });
  };

  beforeAll(async () => {
    database = await createTestDatabase('hms_e2e_notify');
    api = await startTestApi(database.url);
    http = new HttpClient(api.url);
    admin = await http.login('admin', ADMIN_PASSWORD);
    const accounts = new AccountService(api.kernel.db);
    await accounts.createAccount({
      username: 'stores',
      password: PASSWORD,
      displayName: 'Storekeeper',
      roles: ['storekeeper'],
    });
    await accounts.upsertRole('porter', 'Moves things', []);
    await accounts.createAccount({ username: 'porter', password: PASSWORD, displayName: 'Porter', roles: ['porter'] });
    storekeeper = await http.login('stores', PASSWORD);
    porter = await http.login('porter', PASSWORD);
    locationId = (await ok<{ id: string }>('POST', '/api/inventory/locations', admin, { code: 'W9', name: 'Ward 9' }))
      .id;
    itemId = (
      await ok<{ id: string }>('POST', '/api/inventory/items', admin, {
        code: 'GLOVE-M',
        name: 'Examination gloves, medium',
        category: 'supply',
        unit: 'box',
      })
    ).id;
  }, 60_000);

  afterAll(async () => {
    await api?.stop();
    await database?.drop();
  });

  it("brings inventory's low-stock alert to the storekeeper's inbox and live channel, and to nobody else", async () => {
    const storekeeperLive = await openLive(api.url, storekeeper);
    const porterLive = await openLive(api.url, porter);
    await until('the channels to connect', () => storekeeperLive.isConnected() && porterLive.isConnected());
    expect(await inbox(storekeeper)).toEqual({ items: [], unread: 0 });

    await ok('PUT', `/api/inventory/items/${itemId}/locations/${locationId}/reorder-level`, admin, {
      reorderLevel: 10,
      reorderQuantity: 50,
    });
    // The job runs every ten minutes on its own; here it is queued now, and the API's workers run it.
    await api.kernel.enqueue('inventory.check-low-stock', {}, { jobId: 'e2e-low-stock-1' });
    await until(
      'the unread count to reach the storekeeper',
      () => storekeeperLive.events.some((e) => e.event === 'notifications' && e.data.unread === 1),
      20_000,
    );
    const { items, unread } = await inbox(storekeeper);
    expect(unread).toBe(1);
    expect(items).toEqual([
      expect.objectContaining({
        kind: 'inventory.low-stock',
        title: 'Stock below reorder level',
        severity: 'warning',
        subjectKey: `${locationId}:${itemId}`,
        link: `/inventory/items/${itemId}`,
        unread: true,
      }),
    ]);
    expect(porterLive.events.filter((e) => e.event === 'notifications')).toEqual([]);
    expect(await inbox(porter)).toEqual({ items: [], unread: 0 });
    await Promise.all([storekeeperLive.close(), porterLive.close()]);
  });

  it('lets the storekeeper snooze and acknowledge it, and answers anyone else 404', async () => {
    const [alert] = (await inbox(storekeeper)).items;
    const code = (await ok<{ items: InboxItem[] }>('GET', `/api/notifications?code=${alert!.code}`, storekeeper)).items;
    expect(code.map((i) => i.id)).toEqual([alert!.id]);

    for (const path of [`/api/notifications/${alert!.id}/acknowledge`, `/api/notifications/${alert!.id}/snooze`]) {
      const answer = await call('POST', path, porter, { until: new Date(Date.now() + HOUR).toISOString() });
      expectProblem(answer, 404, 'NOTIFICATION_NOT_FOUND');
    }
    expect((await inbox(porter)).items).toEqual([]);

    const until = new Date(Date.now() + 4 * HOUR).toISOString();
    const snoozed = await ok<InboxItem>('POST', `/api/notifications/${alert!.id}/snooze`, storekeeper, { until });
    expect(snoozed).toMatchObject({ unread: false, snoozedUntil: until, acknowledgedAt: null });
    expect(await ok('GET', '/api/notifications/unread-count', storekeeper)).toEqual({ unread: 0 });

    const acknowledged = await ok<InboxItem>('POST', `/api/notifications/${alert!.id}/acknowledge`, storekeeper);
    expect(acknowledged.acknowledgedAt).not.toBeNull();
    const again = await ok<InboxItem>('POST', `/api/notifications/${alert!.id}/acknowledge`, storekeeper);
    expect(again.acknowledgedAt).toBe(acknowledged.acknowledgedAt);
    expect((await inbox(storekeeper)).items.map((i) => [i.id, i.unread])).toEqual([[alert!.id, false]]);
  });

  it('refuses a snooze in the past, one over 14 days and an unknown id in plain words, changing nothing', async () => {
    const [alert] = (await inbox(storekeeper)).items;
    const before = await inbox(storekeeper);
    const snooze = (id: string, until: unknown) =>
      call('POST', `/api/notifications/${id}/snooze`, storekeeper, { until });
    expectProblem(await snooze(alert!.id, new Date(Date.now() - HOUR).toISOString()), 400, 'VALIDATION_FAILED');
    expectProblem(
      await snooze(alert!.id, new Date(Date.now() + 15 * 24 * HOUR).toISOString()),
      400,
      'VALIDATION_FAILED',
    );
    expectProblem(await snooze(alert!.id, 'tomorrow'), 400, 'VALIDATION_FAILED');
    expectProblem(
      await snooze('00000000-0000-4000-8000-000000000000', new Date(Date.now() + HOUR).toISOString()),
      404,
      'NOTIFICATION_NOT_FOUND',
    );
    expectProblem(
      await call('POST', '/api/notifications/not-an-id/acknowledge', storekeeper),
      400,
      'VALIDATION_FAILED',
    );
    const past = await snooze(alert!.id, new Date(Date.now() - HOUR).toISOString());
    expect(JSON.stringify(past.body)).toContain('must be in the future');
    expect(await inbox(storekeeper)).toEqual(before);
  });

  it('keeps preferences: addresses and channels per kind round trip; bad ones are refused and change nothing', async () => {
    const initial = await ok<{
      contact: { email: string | null; phone: string | null };
      kinds: { kind: string; email: boolean; sms: boolean }[];
    }>('GET', '/api/notifications/preferences', storekeeper);
    expect(initial.contact).toEqual({ email: null, phone: null });
    const lowStock = initial.kinds.find((k) => k.kind === 'inventory.low-stock');
    expect(lowStock).toBeDefined();

    const changed = await ok('PUT', '/api/notifications/preferences', storekeeper, {
      contact: { email: 'stores@example.test', phone: '+15555550123' },
      kinds: [{ kind: 'inventory.low-stock', email: !lowStock!.email, sms: true }],
    });
    const read = await ok('GET', '/api/notifications/preferences', storekeeper);
    expect(read).toEqual(changed);
    expect(read).toMatchObject({ contact: { email: 'stores@example.test', phone: '+15555550123' } });
    expect((read as typeof initial).kinds.find((k) => k.kind === 'inventory.low-stock')).toMatchObject({
      email: !lowStock!.email,
      sms: true,
    });
    // The porter's choices are the porter's own.
    expect(await ok('GET', '/api/notifications/preferences', porter)).toMatchObject({ contact: { email: null } });

    for (const body of [
      { contact: { email: 'not an address' } },
      { contact: { phone: '01632 960961' } },
      { kinds: [{ kind: 'inventory.no-such-kind', email: true }] },
      { kinds: [{ kind: 'inventory.low-stock', pager: true }] },
    ]) {
      expectProblem(await call('PUT', '/api/notifications/preferences', storekeeper, body), 400, 'VALIDATION_FAILED');
    }
    expect(await ok('GET', '/api/notifications/preferences', storekeeper)).toEqual(read);
    expect((await call('GET', '/api/notifications', '')).status).toBe(401);
  });
});
