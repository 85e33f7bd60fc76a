import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { doorbellPlugin, signDoorbell } from '../../test/fixtures/doorbell.plugin';
import { ensureFirstAdmin } from '../auth/first-admin';
import { bootKernel } from '../kernel/boot-kernel';
import type { Kernel } from '../kernel/kernel';
import { createLogger } from '../logging/logger';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import { createApiApp } from './create-api-app';

const SECRET = 'doorbell-shared-secret';
const PASSWORD = 'correct horse battery staple';
let database: TestDatabase;
let kernel: Kernel;
let app: NestFastifyApplication;

/** A webhook route (SDK 2.2) over HTTP: no session, the plugin's own check of the signature, audited either way. */
async function post(url: string, body: string, headers: Record<string, string> = {}) {
  const response = await app.inject({
    method: 'POST',
    url,
    headers: { 'content-type': 'application/json', ...headers },
    payload: body,
  });
  return {
    status: response.statusCode,
    body: response.json() as Record<string, unknown>,
    type: response.headers['content-type'],
  };
}
const signed = (body: string, secret = SECRET) => ({ 'x-doorbell-signature': signDoorbell(secret, body) });
const audited = async (patientId: string) =>
  await kernel.db.query<{ actor_id: string | null; outcome: string }>(
    `SELECT actor_id, outcome FROM core.audit_log WHERE action = 'doorbell.Ring' AND $1 = ANY(patient_ids) ORDER BY id`,
    [patientId],
  );
const refusals = async () =>
  await kernel.db.query<{ actor_id: string | null; outcome: string; details: { code?: string } }>(
    `SELECT actor_id, outcome, details FROM core.audit_log WHERE action = 'doorbell.Ring' AND patient_ids = '{}' ORDER BY id`,
  );

async function start(plugin = doorbellPlugin.configure({ secret: SECRET })) {
  database = await createTestDatabase('hms_webhook');
  kernel = await bootKernel({
    installed: [plugin],
    selection: 'all',
    database: { kind: 'server', url: database.url },
    poolSize: 4,
  });
  await ensureFirstAdmin(kernel.db, { password: PASSWORD });
  app = await createApiApp(kernel, createLogger({ level: 'silent' }), {
    secureCookies: false,
    redisUrl: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    trustProxy: false,
    version: 'test',
  });
}

beforeAll(async () => start());
afterAll(async () => {
  await app?.close();
  await kernel?.close();
  await database?.drop();
});

describe('a plugin route called by another system (webhook)', () => {
  it('sends the command with no session when the signature checks out, as webhook:<plugin> holding only its permission', async () => {
    const patientId = randomUUID();
    const body = JSON.stringify({ ringId: 'r-1', patientId });
    const first = await post('/api/doorbell/webhook', body, signed(body));
    expect(first).toMatchObject({
      status: 200,
      body: { ringId: 'r-1', recorded: true, actorId: 'webhook:doorbell', mayDoOther: false },
    });
    // Delivered again (the sender retries): the plugin's own idempotency answers.
    expect((await post('/api/doorbell/webhook', body, signed(body))).body).toMatchObject({ recorded: false });
    expect(await audited(patientId)).toEqual([
      { actor_id: 'webhook:doorbell', outcome: 'success' },
      { actor_id: 'webhook:doorbell', outcome: 'success' },
    ]);
  });

  it('checks the signature over the bytes as sent, not over the parsed JSON', async () => {
    const patientId = randomUUID();
    // Same JSON, other bytes (spacing): signed as sent, it is accepted; the compact form's signature is not.
    const spaced = `{ "ringId": "r-2",   "patientId": "${patientId}" }`;
    const compact = JSON.stringify({ ringId: 'r-2', patientId });
    expect((await post('/api/doorbell/webhook', spaced, signed(compact))).status).toBe(401);
    expect((await post('/api/doorbell/webhook', spaced, signed(spaced))).status).toBe(200);
  });

  it('refuses a forged, unsigned or wrongly signed request with 401 problem+json, audited, recording nothing', async () => {
    const before = (await refusals()).length;
    const patientId = randomUUID();
    const body = JSON.stringify({ ringId: 'r-3', patientId });
    for (const headers of [{}, signed(body, 'not-the-secret'), { 'x-doorbell-signature': 'zz' }]) {
      const refused = await post('/api/doorbell/webhook', body, headers);
      expect(refused.status).toBe(401);
      expect(refused.type).toContain('application/problem+json');
      expect(refused.body).toMatchObject({ code: 'WEBHOOK_NOT_AUTHENTICATED' });
    }
    // A session does not stand in for the signature either.
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'admin', password: PASSWORD },
    });
    const token = (login.json() as { token: string }).token;
    expect((await post('/api/doorbell/webhook', body, { authorization: `Bearer ${token}` })).status).toBe(401);
    expect(await kernel.db.query(`SELECT 1 FROM core.events WHERE stream_id LIKE 'doorbell%r-3'`)).toEqual([]);
    const after = await refusals();
    expect(after.slice(before)).toEqual(
      Array.from({ length: 4 }, () => ({
        actor_id: null,
        outcome: 'unauthenticated',
        details: { code: 'WEBHOOK_NOT_AUTHENTICATED' },
      })),
    );
  });

  it('answers a genuine request the command refuses with 400, and keeps session routes behind a session', async () => {
    const body = JSON.stringify({ ringId: 'r-4', patientId: 'not-a-uuid' });
    const invalid = await post('/api/doorbell/webhook', body, signed(body));
    expect(invalid.status).toBe(400);
    const valid = JSON.stringify({ ringId: 'r-5', patientId: randomUUID() });
    expect((await post('/api/doorbell/rings', valid, signed(valid))).status).toBe(401);
  });
});
