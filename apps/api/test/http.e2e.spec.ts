import { randomUUID } from 'node:crypto';
import { AccountService, verifyAuditLog } from '@hms/core';
import { createTestDatabase, type TestDatabase } from '@hms/core/testing';
import type { RunningApi } from '../src/start-api';
import { startTestApi } from './test-api';
import { ADMIN_PASSWORD, HttpClient, PROBLEM_JSON, openSocketsTo, redisPort, registration } from './e2e-support';

interface Patient {
  id: string;
  mrn: string;
  givenName: string;
  familyName: string;
  birthDate: string;
  gender: string;
  phone?: string;
  version: number;
}
interface Page {
  items: Patient[];
  total: number;
}
interface AuditRow {
  actor_id: string | null;
  action: string;
  outcome: string;
  patient_ids: string[];
  correlation_id: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';
const READER_PASSWORD = 'reader-password-123';

describe('the API over HTTP', () => {
  let database: TestDatabase;
  let api: RunningApi;
  let http: HttpClient;
  let adminToken: string;
  let sessionCookie: string;
  let readerId: string;
  let readerToken: string;
  let patient: Patient;
  let stopped = false;
  const correlation: Record<string, string> = {};

  beforeAll(async () => {
    database = await createTestDatabase('hms_e2e_http');
    api = await startTestApi(database.url);
    http = new HttpClient(api.url);
  }, 60_000);

  afterAll(async () => {
    if (!stopped) await api?.stop();
    await database?.drop();
  });

  const searchTotal = async (q: string): Promise<number> =>
    (await http.call<Page>('GET', `/api/patients?q=${encodeURIComponent(q)}`, { token: adminToken })).body.total;

  describe('POST /api/auth/login', () => {
    it('answers a token and sets an HttpOnly, SameSite=Strict session cookie', async () => {
      const answer = await http.call('POST', '/api/auth/login', {
        body: { username: 'admin', password: ADMIN_PASSWORD },
      });
      expect(answer.status).toBe(200);
      expect(answer.body).toEqual(
        expect.objectContaining({ token: expect.any(String), expiresAt: expect.any(String) }),
      );
      const cookie = answer.headers.get('set-cookie') ?? '';
      expect(cookie).toMatch(/^hms_session=[^;]+;/);
      expect(cookie).toMatch(/;\s*HttpOnly(;|$)/i);
      expect(cookie).toMatch(/;\s*SameSite=Strict(;|$)/i);
      adminToken = answer.body.token;
      sessionCookie = cookie.split(';')[0] ?? '';
      expect(decodeURIComponent(sessionCookie.slice('hms_session='.length))).toBe(adminToken);
    });

    it('refuses a wrong password with 401 problem+json', async () => {
      const answer = await http.call('POST', '/api/auth/login', {
        body: { username: 'admin', password: 'not-the-password' },
      });
      expect(answer.status).toBe(401);
      expect(answer.headers.get('content-type')).toContain(PROBLEM_JSON);
      expect(answer.body).toEqual(expect.objectContaining({ status: 401, code: expect.any(String) }));
      expect(answer.headers.get('set-cookie')).toBeNull();
      expect(answer.text).not.toContain('not-the-password');
    });
  });

  describe('POST /api/patients', () => {
    it('registers a patient: 201 with id, a 9-digit MRN, ETag and Location', async () => {
      const answer = await http.call<Patient>('POST', '/api/patients', {
        token: adminToken,
        body: registration({ givenName: 'Beatriz', familyName: 'Quintanilha', birthDate: '1937-02-11' }),
      });
      expect(answer.status).toBe(201);
      expect(answer.body.id).toMatch(UUID);
      expect(answer.body.mrn).toMatch(/^\d{9}$/);
      expect(answer.body).toEqual(
        expect.objectContaining({ givenName: 'Beatriz', familyName: 'Quintanilha', version: 1 }),
      );
      expect(answer.headers.get('etag')).toBe('"1"');
      expect(answer.headers.get('location')).toBe(`/api/patients/${answer.body.id}`);
      patient = answer.body;
    });

    it('accepts the session cookie in place of the bearer token', async () => {
      const answer = await http.call<Patient>('POST', '/api/patients', {
        cookie: sessionCookie,
        body: registration({ familyName: 'Cookiebearer' }),
      });
      expect(answer.status).toBe(201);
      expect(answer.body.mrn).toMatch(/^\d{9}$/);
      expect(answer.body.mrn).not.toBe(patient.mrn);
    });

    it('answers a retry with the same Idempotency-Key with the identical body and registers once', async () => {
      const key = randomUUID();
      const body = registration({ familyName: 'Idempotentia' });
      const send = (): Promise<{ status: number; body: Patient; headers: Headers }> =>
        http.call<Patient>('POST', '/api/patients', { token: adminToken, body, headers: { 'idempotency-key': key } });
      const first = await send();
      const retry = await send();
      expect(first.status).toBe(201);
      expect(retry.status).toBe(201);
      expect(retry.body).toEqual(first.body);
      expect(retry.headers.get('etag')).toBe(first.headers.get('etag'));
      expect(retry.headers.get('location')).toBe(first.headers.get('location'));
      expect(await searchTotal('Idempotentia')).toBe(1);
    });

    it('registers once when the same Idempotency-Key arrives twice at the same time', async () => {
      const key = randomUUID();
      const body = registration({ familyName: 'Doublesend' });
      const send = (): Promise<{ status: number; body: Patient }> =>
        http.call<Patient>('POST', '/api/patients', { token: adminToken, body, headers: { 'idempotency-key': key } });
      const [a, b] = await Promise.all([send(), send()]);
      expect([a.status, b.status]).toEqual([201, 201]);
      expect(b.body).toEqual(a.body);
      expect(await searchTotal('Doublesend')).toBe(1);
    });

    it('refuses the same Idempotency-Key with a different body: 422, nothing registered', async () => {
      const key = randomUUID();
      const first = await http.call('POST', '/api/patients', {
        token: adminToken,
        body: registration({ familyName: 'Keyowner' }),
        headers: { 'idempotency-key': key },
      });
      expect(first.status).toBe(201);
      const reused = await http.call('POST', '/api/patients', {
        token: adminToken,
        body: registration({ familyName: 'Keythief' }),
        headers: { 'idempotency-key': key },
      });
      expect(reused.status).toBe(422);
      expect(reused.headers.get('content-type')).toContain(PROBLEM_JSON);
      expect(reused.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
      expect(await searchTotal('Keythief')).toBe(0);
      expect(await searchTotal('Keyowner')).toBe(1);
    });

    it('refuses an invalid body with 400 naming each bad field, and registers nothing', async () => {
      const answer = await http.call('POST', '/api/patients', {
        token: adminToken,
        body: { givenName: '', familyName: 'Invalidbody', birthDate: '1990-02-30', gender: 'robot' },
      });
      expect(answer.status).toBe(400);
      expect(answer.headers.get('content-type')).toContain(PROBLEM_JSON);
      const paths = (answer.body.errors as { path: string }[]).map((e) => e.path);
      expect(paths).toEqual(expect.arrayContaining(['givenName', 'birthDate', 'gender']));
      expect(paths).not.toContain('familyName');
      correlation.invalid = answer.headers.get('x-correlation-id') ?? '';
      expect(await searchTotal('Invalidbody')).toBe(0);
    });

    it('answers malformed JSON with 400 problem+json', async () => {
      const answer = await http.call('POST', '/api/patients', { token: adminToken, rawBody: '{"givenName": ' });
      expect(answer.status).toBe(400);
      expect(answer.headers.get('content-type')).toContain(PROBLEM_JSON);
    });

    it('answers 401 without a token', async () => {
      const answer = await http.call('POST', '/api/patients', { body: registration({ familyName: 'Anonymous' }) });
      expect(answer.status).toBe(401);
      expect(answer.headers.get('content-type')).toContain(PROBLEM_JSON);
      expect(answer.headers.get('www-authenticate')).toMatch(/^Bearer/);
      correlation.unauthenticated = answer.headers.get('x-correlation-id') ?? '';
      expect(await searchTotal('Anonymous')).toBe(0);
    });

    it('answers 403 to a user whose roles lack patient:record:register', async () => {
      const accounts = new AccountService(api.kernel.db);
      await accounts.upsertRole('e2e-reader', 'Reads patients only', ['patient:record:read']);
      readerId = (
        await accounts.createAccount({
          username: 'e2e.reader',
          password: READER_PASSWORD,
          displayName: 'Reader',
          roles: ['e2e-reader'],
        })
      ).id;
      readerToken = await http.login('e2e.reader', READER_PASSWORD);
      const answer = await http.call('POST', '/api/patients', {
        token: readerToken,
        body: registration({ familyName: 'Forbidden' }),
      });
      expect(answer.status).toBe(403);
      expect(answer.headers.get('content-type')).toContain(PROBLEM_JSON);
      correlation.denied = answer.headers.get('x-correlation-id') ?? '';
      // The same account may read, so the 403 is the permission and not a broken login.
      expect((await http.call('GET', `/api/patients/${patient.id}`, { token: readerToken })).status).toBe(200);
      expect(await searchTotal('Forbidden')).toBe(0);
    });
  });

  describe('GET /api/patients/:id', () => {
    it('answers the patient with its ETag', async () => {
      const answer = await http.call<Patient>('GET', `/api/patients/${patient.id}`, { token: adminToken });
      expect(answer.status).toBe(200);
      expect(answer.body).toEqual(patient);
      expect(answer.headers.get('etag')).toBe('"1"');
    });

    it('answers 404 for an unknown id', async () => {
      const answer = await http.call('GET', `/api/patients/${UNKNOWN_ID}`, { token: adminToken });
      expect(answer.status).toBe(404);
      expect(answer.headers.get('content-type')).toContain(PROBLEM_JSON);
      expect(answer.body.code).toBe('PATIENT_NOT_FOUND');
    });

    it('answers 400 for an id that is not a UUID', async () => {
      const answer = await http.call('GET', '/api/patients/not-a-uuid', { token: adminToken });
      expect(answer.status).toBe(400);
      expect(answer.headers.get('content-type')).toContain(PROBLEM_JSON);
    });
  });

  describe('GET /api/patients?q=', () => {
    const idsOf = (page: Page): string[] => page.items.map((p) => p.id);

    it('finds by a name prefix', async () => {
      const answer = await http.call<Page>('GET', '/api/patients?q=quintan', { token: adminToken });
      expect(answer.status).toBe(200);
      expect(idsOf(answer.body)).toEqual([patient.id]);
    });

    it('finds by MRN', async () => {
      const answer = await http.call<Page>('GET', `/api/patients?q=${patient.mrn}`, { token: adminToken });
      expect(answer.status).toBe(200);
      expect(idsOf(answer.body)).toEqual([patient.id]);
    });

    it('finds by birth date', async () => {
      const answer = await http.call<Page>('GET', '/api/patients?q=1937-02-11', { token: adminToken });
      expect(answer.status).toBe(200);
      expect(idsOf(answer.body)).toEqual([patient.id]);
    });

    it('finds the same with the criteria in a POST body, keeping them out of the URL', async () => {
      const answer = await http.call<Page>('POST', '/api/patients/search', {
        token: adminToken,
        body: { q: 'quintan' },
      });
      expect(answer.status).toBe(200);
      expect(idsOf(answer.body)).toEqual([patient.id]);
      const invalid = await http.call('POST', '/api/patients/search', {
        token: adminToken,
        body: { q: 'x', bogus: 1 },
      });
      expect(invalid.status).toBe(400);
    });
  });

  describe('PATCH /api/patients/:id', () => {
    it('applies a change made with the current If-Match and answers the new ETag', async () => {
      const answer = await http.call<Patient>('PATCH', `/api/patients/${patient.id}`, {
        token: adminToken,
        body: { phone: '+351 21 000 0001' },
        headers: { 'if-match': '"1"' },
      });
      expect(answer.status).toBe(200);
      expect(answer.body).toEqual(expect.objectContaining({ phone: '+351 21 000 0001', version: 2 }));
      expect(answer.headers.get('etag')).toBe('"2"');
    });

    it('refuses a stale If-Match with 409 and changes nothing', async () => {
      const answer = await http.call('PATCH', `/api/patients/${patient.id}`, {
        token: adminToken,
        body: { phone: '+351 21 000 0999' },
        headers: { 'if-match': '"1"' },
      });
      expect(answer.status).toBe(409);
      expect(answer.headers.get('content-type')).toContain(PROBLEM_JSON);
      expect(answer.body.code).toBe('VERSION_CONFLICT');
      const current = await http.call<Patient>('GET', `/api/patients/${patient.id}`, { token: adminToken });
      expect(current.body).toEqual(expect.objectContaining({ phone: '+351 21 000 0001', version: 2 }));
      expect(current.headers.get('etag')).toBe('"2"');
    });
  });

  describe('documentation and health', () => {
    it('publishes /api/patients with its permissions in the OpenAPI document', async () => {
      const answer = await http.call('GET', '/api/openapi.json');
      expect(answer.status).toBe(200);
      const paths = answer.body.paths as Record<string, Record<string, { 'x-permission'?: string }>>;
      expect(paths['/api/patients']?.post?.['x-permission']).toBe('patient:record:register');
      expect(paths['/api/patients']?.get?.['x-permission']).toBe('patient:record:read');
      const byId = Object.entries(paths).find(([path]) => /^\/api\/patients\/(\{id\}|:id)$/.test(path))?.[1];
      expect(byId?.get?.['x-permission']).toBe('patient:record:read');
      expect(byId?.patch?.['x-permission']).toBe('patient:record:update');
    });

    it('serves the docs page and every asset it references', async () => {
      const page = await http.call('GET', '/api/docs');
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toContain('text/html');
      const assets = [...page.text.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1] ?? '');
      expect(assets).toContain('/api/docs/assets/swagger-ui-bundle.js');
      for (const asset of assets) {
        const answer = await fetch(`${api.url}${asset}`);
        await answer.arrayBuffer();
        expect({ asset, status: answer.status }).toEqual({ asset, status: 200 });
      }
    });

    it('reports the enabled plugins and PostgreSQL and Redis up on /health', async () => {
      const answer = await http.call('GET', '/health');
      expect(answer.status).toBe(200);
      expect(answer.body).toEqual(
        expect.objectContaining({
          status: 'ok',
          plugins: [
            'patient@1.4.0',
            'staff@0.2.6',
            'scheduling@1.4.0',
            'adt@1.5.0',
            'lab@0.3.0',
            'ehr@1.10.0',
            'inventory@1.7.0',
            'billing@1.7.0',
            'analytics@1.4.0',
            'fhir@0.6.0',
          ],
          postgres: expect.objectContaining({ status: 'up' }),
          redis: expect.objectContaining({ status: 'up' }),
        }),
      );
    });

    it('answers an unknown route with 404 problem+json', async () => {
      const answer = await http.call('GET', '/api/no-such-route', { token: adminToken });
      expect(answer.status).toBe(404);
      expect(answer.headers.get('content-type')).toContain(PROBLEM_JSON);
    });

    it('keeps a sane x-correlation-id the caller sends', async () => {
      const answer = await http.call('GET', `/api/patients/${UNKNOWN_ID}`, {
        token: adminToken,
        headers: { 'x-correlation-id': 'e2e-correlation-0001' },
      });
      expect(answer.headers.get('x-correlation-id')).toBe('e2e-correlation-0001');
      expect(answer.body.correlationId).toBe('e2e-correlation-0001');
    });
  });

  describe('every error answer so far', () => {
    it('is problem+json with an x-correlation-id that the body repeats', () => {
      const errors = http.answers.filter(({ answer }) => answer.status >= 400);
      expect(errors.length).toBeGreaterThanOrEqual(10);
      for (const { method, path, answer } of errors) {
        const seen = {
          request: `${method} ${path}`,
          contentType: answer.headers.get('content-type'),
          correlationId: answer.headers.get('x-correlation-id'),
        };
        expect(seen).toEqual({
          ...seen,
          contentType: expect.stringContaining(PROBLEM_JSON),
          correlationId: expect.any(String),
        });
        expect(answer.body.correlationId).toBe(seen.correlationId);
      }
    });
  });

  describe('the audit log', () => {
    const rows = (): Promise<AuditRow[]> =>
      api.kernel.db.query<AuditRow>(
        `SELECT actor_id, action, outcome, patient_ids, correlation_id
         FROM core.audit_log WHERE action LIKE 'patient.%' ORDER BY id`,
      );
    const has = (all: AuditRow[], action: string, outcome: string): AuditRow[] =>
      all.filter((row) => row.action === action && row.outcome === outcome);

    it('holds the patient reads and writes with their outcomes', async () => {
      const all = await rows();
      expect(has(all, 'patient.RegisterPatient', 'success').some((r) => r.patient_ids.includes(patient.id))).toBe(true);
      expect(has(all, 'patient.RegisterPatient', 'denied')).toEqual([
        expect.objectContaining({ actor_id: readerId, correlation_id: correlation.denied }),
      ]);
      expect(has(all, 'patient.RegisterPatient', 'unauthenticated')).toEqual([
        expect.objectContaining({ actor_id: null, correlation_id: correlation.unauthenticated }),
      ]);
      expect(has(all, 'patient.RegisterPatient', 'invalid').map((r) => r.correlation_id)).toContain(
        correlation.invalid,
      );
      expect(has(all, 'patient.GetPatient', 'success').some((r) => r.patient_ids.includes(patient.id))).toBe(true);
      expect(has(all, 'patient.GetPatient', 'not-found').length).toBeGreaterThanOrEqual(1);
      expect(has(all, 'patient.GetPatient', 'invalid').length).toBeGreaterThanOrEqual(1);
      expect(has(all, 'patient.SearchPatients', 'success').some((r) => r.patient_ids.includes(patient.id))).toBe(true);
      expect(has(all, 'patient.UpdatePatientDemographics', 'success')).toEqual([
        expect.objectContaining({ patient_ids: [patient.id] }),
      ]);
      expect(has(all, 'patient.UpdatePatientDemographics', 'conflict')).toEqual([
        expect.objectContaining({ patient_ids: [patient.id] }),
      ]);
    });

    it('stays verifiable when an account with no role sends strings PostgreSQL cannot store as given', async () => {
      // The reported attack: a lone surrogate in a refused note's patient id made every later `audit verify` fail.
      const accounts = new AccountService(api.kernel.db);
      await accounts.createAccount({ username: 'e2e.nobody', password: 'nobody-password-123', displayName: 'Nobody' });
      const login = await http.call('POST', '/api/auth/login', {
        body: { username: 'e2e.nobody', password: 'nobody-password-123' },
      });
      const token = login.body.token as string;
      for (const patientId of ['x\ud800', 'x\u0000', '\udc00'.repeat(10), 'p'.repeat(1_000_000)]) {
        const answer = await http.call('POST', '/api/notes', { token, body: { patientId } });
        // 400: the input guard refuses unstorable strings and over-long ids before the permission check runs.
        expect([400, 403, 413]).toContain(answer.status);
      }
      expect(await verifyAuditLog(api.kernel.db)).toEqual({ ok: true, checked: expect.any(Number) });
    });

    it('has an intact hash chain', async () => {
      const result = await verifyAuditLog(api.kernel.db);
      expect(result).toEqual({ ok: true, checked: expect.any(Number) });
      expect(result.checked).toBeGreaterThan(20);
    });
  });

  describe('stopping', () => {
    it('closes every connection it opened, PostgreSQL and Redis', async () => {
      // /health above connected the Redis probe, so there is a connection for stop() to close.
      await api.stop();
      stopped = true;
      expect({
        redis: openSocketsTo(redisPort()),
        postgres: openSocketsTo(Number(new URL(database.url).port || 5432)),
      }).toEqual({ redis: [], postgres: [] });
    });
  });
});
