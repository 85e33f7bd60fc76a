import { createTestDatabase, type TestDatabase } from '@hms/core/testing';
import type { RunningApi } from '../src/start-api';
import { startTestApi } from './test-api';
import { ADMIN_PASSWORD, HttpClient, PROBLEM_JSON } from './e2e-support';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the SDK's version, as the kernel reads it
const SDK_VERSION = (require('@hms/sdk/package.json') as { version: string }).version;
const PASSWORD = 'a long enough passphrase for tests';

interface AuditPage {
  items: { action: string; actorId: string | null; outcome: string; details?: Record<string, unknown> }[];
}

/**
 * What the administrators' screens ask of the API: the modules and health (`GET /api/admin/system`), accounts with
 * their practitioner link, the kernel-held role that no one may change, and an administrator who may not disable
 * themselves. Through the API as it runs, on the test PostgreSQL and Redis.
 */
describe('the administration routes over HTTP', () => {
  let database: TestDatabase;
  let api: RunningApi;
  let http: HttpClient;
  let admin: string;
  let adminId: string;
  let desk: string;

  beforeAll(async () => {
    database = await createTestDatabase('hms_e2e_admin_screens');
    api = await startTestApi(database.url, { HMS_PLUGINS: 'patient,scheduling' });
    http = new HttpClient(api.url);
    admin = await http.login('admin', ADMIN_PASSWORD);
    adminId = (await http.call<{ id: string }>('GET', '/api/auth/me', { token: admin })).body.id;
    const created = await http.call('POST', '/api/admin/accounts', {
      token: admin,
      body: { username: 'dora', password: PASSWORD, displayName: 'Dora Desk', roles: ['front-desk'] },
    });
    expect(created.status).toBe(201);
    desk = await http.login('dora', PASSWORD);
  }, 60_000);

  afterAll(async () => {
    await api?.stop();
    await database?.drop();
  });

  const auditOf = async (action: string): Promise<AuditPage['items']> =>
    (await http.call<AuditPage>('GET', `/api/audit/records?action=${action}`, { token: admin })).body.items;

  describe('GET /api/admin/system', () => {
    it('answers the enabled modules with versions and dependencies, the SDK version and every health part', async () => {
      const answer = await http.call('GET', '/api/admin/system', { token: admin });
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({
        status: 'ok',
        sdkVersion: SDK_VERSION,
        postgres: { status: 'up' },
        redis: { status: 'up' },
        jobs: { status: 'on', queues: expect.any(Number), workersRunning: true },
        sessions: { cache: 'on', notifications: 'live' },
      });
      const modules = answer.body.modules as { name: string; version: string; dependsOn: string[] }[];
      expect(modules.map((m) => m.name)).toEqual(['patient', 'scheduling']);
      expect(modules[1]).toMatchObject({ dependsOn: ['patient'], version: expect.stringMatching(/^\d+\.\d+\.\d+/) });
      const [read] = await auditOf('core.ReadSystemStatus');
      expect(read).toMatchObject({ actorId: adminId, outcome: 'success' });
    });

    it('refuses an account without core:system:read (403) and no session (401), each recorded', async () => {
      const refused = await http.call('GET', '/api/admin/system', { token: desk });
      expect([refused.status, refused.body.code]).toEqual([403, 'PERMISSION_REQUIRED']);
      expect(refused.headers.get('content-type')).toContain(PROBLEM_JSON);
      expect((await http.call('GET', '/api/admin/system')).status).toBe(401);
      const outcomes = (await auditOf('core.ReadSystemStatus')).map((r) => r.outcome);
      expect(outcomes).toEqual(expect.arrayContaining(['denied', 'unauthenticated', 'success']));
    });

    it('adds the jobs part to the public /health', async () => {
      const health = await http.call('GET', '/health');
      expect(health.body).toMatchObject({ status: 'ok', jobs: { status: 'on' } });
    });
  });

  describe('roles', () => {
    it("marks the role holding every permission as the kernel's and refuses to change it, changing nothing", async () => {
      const roles = await http.call<{ items: { name: string; protected: boolean; permissions: string[] }[] }>(
        'GET',
        '/api/admin/roles',
        { token: admin },
      );
      const byName = new Map(roles.body.items.map((r) => [r.name, r]));
      expect(byName.get('admin')).toMatchObject({ protected: true, permissions: ['*'] });
      expect(byName.get('front-desk')).toMatchObject({ protected: false });

      const refused = await http.call('PUT', '/api/admin/roles/admin', {
        token: admin,
        body: { description: 'Narrowed', permissions: ['patient:record:read'] },
      });
      expect([refused.status, refused.body.code]).toEqual([409, 'ROLE_PROTECTED']);
      const after = await http.call<{ items: { name: string; permissions: string[] }[] }>('GET', '/api/admin/roles', {
        token: admin,
      });
      expect(after.body.items.find((r) => r.name === 'admin')?.permissions).toEqual(['*']);
      // The administrator still holds everything.
      expect((await http.call('GET', '/api/admin/system', { token: admin })).status).toBe(200);
    });

    it('still changes any other role', async () => {
      const changed = await http.call('PUT', '/api/admin/roles/clinic-clerk', {
        token: admin,
        body: { description: 'Clerks', permissions: ['patient:record:read'] },
      });
      expect(changed.status).toBe(200);
      expect(changed.body).toEqual({
        name: 'clinic-clerk',
        description: 'Clerks',
        permissions: ['patient:record:read'],
        protected: false,
      });
    });
  });

  describe('accounts', () => {
    it('lists each account with its practitioner link', async () => {
      const dora = (
        await http.call<{ items: { id: string; username: string }[] }>('GET', '/api/admin/accounts', {
          token: admin,
        })
      ).body.items.find((a) => a.username === 'dora')!;
      const linked = await http.call('PUT', `/api/admin/accounts/${dora.id}/practitioner`, {
        token: admin,
        body: { practitionerId: 'dr-0042' },
      });
      expect(linked.status).toBe(200);
      const list = await http.call<{ items: { username: string; practitionerId: string | null }[] }>(
        'GET',
        '/api/admin/accounts',
        { token: admin },
      );
      expect(list.body.items.map((a) => [a.username, a.practitionerId])).toEqual([
        ['admin', null],
        ['dora', 'dr-0042'],
      ]);
    });

    it('refuses an administrator disabling their own account, which stays enabled', async () => {
      const refused = await http.call('PATCH', `/api/admin/accounts/${adminId}`, {
        token: admin,
        body: { disabled: true },
      });
      expect([refused.status, refused.body.code]).toEqual([409, 'OWN_ACCOUNT']);
      expect((await http.call('GET', '/api/auth/me', { token: admin })).status).toBe(200);
    });
  });
});
