import { createTestDatabase, type TestDatabase } from '@hms/core/testing';
import type { RunningApi } from '../src/start-api';
import { startTestApi } from './test-api';
import { ADMIN_PASSWORD, HttpClient, PROBLEM_JSON, registration } from './e2e-support';

/** What a browser adds to requests: the page's origin and how it relates to the target (scripts cannot forge these). */
const fromPage = (origin: string, site: string): Record<string, string> => ({ origin, 'sec-fetch-site': site });

describe('the API as a browser meets it', () => {
  let database: TestDatabase;
  let api: RunningApi;
  let http: HttpClient;
  let token: string;
  let cookie: string;
  let ownOrigin: string;

  beforeAll(async () => {
    database = await createTestDatabase('hms_e2e_browser');
    api = await startTestApi(database.url);
    http = new HttpClient(api.url);
    ownOrigin = api.url;
    const login = await http.call<{ token: string }>('POST', '/api/auth/login', {
      body: { username: 'admin', password: ADMIN_PASSWORD },
    });
    token = login.body.token;
    cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  }, 60_000);

  afterAll(async () => {
    await api?.stop();
    await database?.drop();
  });

  const patientCount = async (): Promise<number> =>
    (await http.call<{ total: number }>('GET', '/api/patients?q=Csrfvictim', { token })).body.total;

  describe('cross-site request forgery', () => {
    it.each([
      ['a sibling port of the same host (same site)', 'http://127.0.0.1:1', 'same-site'],
      ['another site', 'https://evil.example', 'cross-site'],
    ])('refuses a cookie-carrying write from %s with 403, changing nothing', async (_name, origin, site) => {
      const before = await patientCount();
      const answer = await http.call('POST', '/api/patients', {
        cookie,
        headers: fromPage(origin, site),
        body: registration({ familyName: 'Csrfvictim' }),
      });
      expect(answer.status).toBe(403);
      expect(answer.headers.get('content-type')).toContain(PROBLEM_JSON);
      expect(answer.body).toEqual(expect.objectContaining({ code: 'CROSS_ORIGIN_REQUEST' }));
      expect(await patientCount()).toBe(before);
    });

    it('refuses a write naming a foreign Origin when the browser sends no Sec-Fetch-Site (older browsers)', async () => {
      const answer = await http.call('POST', '/api/patients', {
        cookie,
        headers: { origin: 'http://127.0.0.1:1' },
        body: registration({ familyName: 'Csrfvictim' }),
      });
      expect(answer.status).toBe(403);
    });

    it('audits the refused write on a patient-data route as denied', async () => {
      const correlationId = `csrf-${Date.now()}-audit`;
      await http.call('POST', '/api/patients', {
        cookie,
        headers: { ...fromPage('http://127.0.0.1:1', 'same-site'), 'x-correlation-id': correlationId },
        body: registration(),
      });
      const rows = await api.kernel.db.query<{ outcome: string; action: string }>(
        `SELECT outcome, action FROM core.audit_log WHERE correlation_id = $1`,
        [correlationId],
      );
      expect(rows).toEqual([{ outcome: 'denied', action: 'patient.RegisterPatient' }]);
    });

    it("accepts the web client's own writes, and bearer-token clients from anywhere (a token is not ambient)", async () => {
      const own = await http.call('POST', '/api/patients', {
        cookie,
        headers: fromPage(ownOrigin, 'same-origin'),
        body: registration({ familyName: 'Ownorigin' }),
      });
      expect(own.status).toBe(201);
      const bearer = await http.call('POST', '/api/patients', {
        token,
        headers: fromPage('https://evil.example', 'cross-site'),
        body: registration({ familyName: 'Bearerclient' }),
      });
      expect(bearer.status).toBe(201);
    });

    it('refuses a cross-site sign-in (login CSRF) but lets reads through', async () => {
      const login = await http.call('POST', '/api/auth/login', {
        headers: fromPage('https://evil.example', 'cross-site'),
        body: { username: 'admin', password: ADMIN_PASSWORD },
      });
      expect(login.status).toBe(403);
      const read = await http.call('GET', '/api/auth/me', {
        cookie,
        headers: fromPage('https://evil.example', 'cross-site'),
      });
      expect(read.status).toBe(200);
    });
  });

  describe('security headers', () => {
    it('gives HTML a Content-Security-Policy without unsafe inline scripts, no framing and no Referer', async () => {
      const page = await http.call('GET', '/');
      expect(page.headers.get('content-type')).toContain('text/html');
      const csp = page.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toMatch(/script-src 'self'[^;]*/);
      expect(/script-src[^;]*unsafe-inline/.test(csp)).toBe(false);
      expect(csp).toContain("frame-ancestors 'none'");
      expect(page.headers.get('x-frame-options')).toBe('DENY');
      expect(page.headers.get('referrer-policy')).toBe('no-referrer');
      expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    });

    it('marks answers with patient data, and errors, Cache-Control: no-store', async () => {
      const created = await http.call<{ id: string }>('POST', '/api/patients', {
        token,
        body: registration({ familyName: 'Nostore' }),
      });
      const read = await http.call('GET', `/api/patients/${created.body.id}`, { token });
      expect(read.status).toBe(200);
      expect(read.headers.get('cache-control')).toBe('no-store');
      expect((await http.call('GET', '/api/patients?q=Ana', { token })).headers.get('cache-control')).toBe('no-store');
      expect((await http.call('GET', '/api/patients/not-an-id', { token })).headers.get('cache-control')).toBe(
        'no-store',
      );
    });
  });
});
