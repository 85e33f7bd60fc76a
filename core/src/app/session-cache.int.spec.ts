import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Client } from 'pg';
import { tallyPlugin } from '../../test/fixtures/tally.plugin';
import { dropPrefix, REDIS_URL, uniquePrefix, waitFor } from '../../test/job-support';
import { AccountService } from '../auth/account.service';
import { ensureFirstAdmin } from '../auth/first-admin';
import { bootKernel } from '../kernel/boot-kernel';
import type { Kernel } from '../kernel/kernel';
import { createLogger } from '../logging/logger';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import { createApiApp } from './create-api-app';

/**
 * Two API instances on one database, each with its own pool and session cache, as two processes behind a load
 * balancer: whatever ends a session or narrows what it may do, done through one instance, is refused by the next
 * request on the other, with no wait in between.
 */
const PASSWORD = 'correct horse battery staple';
const prefix = uniquePrefix();
let database: TestDatabase;
const kernels: Kernel[] = [];
const apps: NestFastifyApplication[] = [];
const bases: string[] = [];
let adminToken: string;
let counterId: string;

async function startInstance(): Promise<string> {
  const kernel = await bootKernel({
    installed: [tallyPlugin],
    selection: 'all',
    database: { kind: 'server', url: database.url },
    poolSize: 4,
  });
  kernels.push(kernel);
  const app = await createApiApp(kernel, createLogger({ level: 'silent' }), {
    secureCookies: false,
    redisUrl: REDIS_URL,
    redisPrefix: prefix,
    trustProxy: false,
    version: 'test',
    sessionCache: { databaseUrl: database.url },
  });
  apps.push(app);
  await app.listen(0, '127.0.0.1');
  return (await app.getUrl()).replace('[::1]', '127.0.0.1');
}

async function call(
  base: string | undefined,
  method: string,
  path: string,
  token?: string,
  body?: unknown,
): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${base ?? ''}${path}`, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as unknown) : null };
}

async function login(base: string | undefined, username: string, password = PASSWORD): Promise<string> {
  const response = await call(base, 'POST', '/api/auth/login', undefined, { username, password });
  expect(response.status).toBe(200);
  return (response.body as { token: string }).token;
}

/** How often an instance lost the session-change notifications since it started (from /health). */
async function interruptions(base: string | undefined): Promise<number> {
  const health = await call(base, 'GET', '/health');
  return (health.body as { sessions: { interruptions: number } }).sessions.interruptions;
}

/** A read the `counter` role allows; 200 on a counter that exists. */
function readCounter(base: string | undefined, token: string): Promise<number> {
  return call(base, 'GET', `/api/tallies/${counterId}`, token).then((r) => r.status);
}

async function newReader(): Promise<{ id: string; username: string }> {
  const username = `reader-${randomUUID().slice(0, 8)}`;
  const created = await call(bases[0], 'POST', '/api/admin/accounts', adminToken, {
    username,
    password: PASSWORD,
    displayName: 'Ward reader',
    roles: ['counter'],
  });
  expect(created.status).toBe(201);
  return { id: (created.body as { id: string }).id, username };
}

beforeAll(async () => {
  database = await createTestDatabase('hms_session_cache');
  bases.push(await startInstance(), await startInstance());
  await ensureFirstAdmin(kernels[0]!.db, { password: PASSWORD });
  await new AccountService(kernels[0]!.db).upsertRole('counter', 'Reads and changes counters', [
    'tally:counter:read',
    'tally:counter:write',
  ]);
  adminToken = await login(bases[0], 'admin');
  counterId = randomUUID();
  expect((await call(bases[0], 'POST', `/api/tallies/${counterId}/increments`, adminToken, { by: 1 })).status).toBe(
    201,
  );
});

afterAll(async () => {
  for (const app of apps) await app.close();
  for (const kernel of kernels) await kernel.close();
  await database?.drop();
  await dropPrefix(prefix);
});

describe('the session cache across two API instances', () => {
  it('refuses a token on the other instance at once after a logout, every time', async () => {
    const { username } = await newReader();
    for (let round = 0; round < 25; round += 1) {
      const token = await login(bases[round % 2], username);
      // Resolved (and kept) on both instances first.
      for (const base of bases) expect(await readCounter(base, token)).toBe(200);
      for (const base of bases) expect(await readCounter(base, token)).toBe(200);
      const [here, there] = round % 2 === 0 ? [bases[0], bases[1]] : [bases[1], bases[0]];
      expect((await call(here, 'POST', '/api/auth/logout', token)).status).toBe(204);
      expect(await readCounter(there, token)).toBe(401);
      expect(await readCounter(here, token)).toBe(401);
    }
  });

  it('refuses every session of an account disabled through the other instance at once', async () => {
    const { id, username } = await newReader();
    const token = await login(bases[1], username);
    expect(await readCounter(bases[1], token)).toBe(200);
    expect((await call(bases[0], 'PATCH', `/api/admin/accounts/${id}`, adminToken, { disabled: true })).status).toBe(
      200,
    );
    expect(await readCounter(bases[1], token)).toBe(401);
  });

  it('takes a withdrawn role away on the other instance at once', async () => {
    const { id, username } = await newReader();
    const token = await login(bases[1], username);
    expect(await readCounter(bases[1], token)).toBe(200);
    expect((await call(bases[0], 'PUT', `/api/admin/accounts/${id}/roles`, adminToken, { roles: [] })).status).toBe(
      200,
    );
    expect(await readCounter(bases[1], token)).toBe(403);
  });

  it("narrows a role's permissions on the other instance at once", async () => {
    const role = `narrowed-${randomUUID().slice(0, 8)}`;
    const grant = (permissions: string[]) =>
      call(bases[0], 'PUT', `/api/admin/roles/${role}`, adminToken, { description: 'Test role', permissions });
    expect((await grant(['tally:counter:read'])).status).toBe(200);
    const { id, username } = await newReader();
    expect((await call(bases[0], 'PUT', `/api/admin/accounts/${id}/roles`, adminToken, { roles: [role] })).status).toBe(
      200,
    );
    const token = await login(bases[1], username);
    expect(await readCounter(bases[1], token)).toBe(200);
    expect((await grant(['tally:counter:write'])).status).toBe(200);
    expect(await readCounter(bases[1], token)).toBe(403);
  });

  it("ends the account's other sessions on the other instance at once when one changes the password", async () => {
    const { username } = await newReader();
    const kept = await login(bases[0], username);
    const other = await login(bases[1], username);
    expect(await readCounter(bases[1], other)).toBe(200);
    const change = await call(bases[0], 'POST', '/api/auth/password', kept, {
      currentPassword: PASSWORD,
      newPassword: 'another long passphrase 42',
    });
    expect(change.status).toBe(204);
    expect(await readCounter(bases[1], other)).toBe(401);
    expect(await readCounter(bases[1], kept)).toBe(200);
  });

  it('ends a password reset by an administrator on the other instance at once', async () => {
    const { id, username } = await newReader();
    const token = await login(bases[1], username);
    expect(await readCounter(bases[1], token)).toBe(200);
    const reset = await call(bases[0], 'POST', `/api/admin/accounts/${id}/password`, adminToken, {
      password: 'a brand new passphrase 7',
    });
    expect(reset.status).toBe(204);
    expect(await readCounter(bases[1], token)).toBe(401);
  });

  it('hears of a session ended by any other writer of the database (a third process)', async () => {
    const { username } = await newReader();
    const token = await login(bases[0], username);
    for (const base of bases) expect(await readCounter(base, token)).toBe(200);
    const other = new Client({ connectionString: database.url });
    await other.connect();
    try {
      await other.query(
        `DELETE FROM core.sessions WHERE account_id = (SELECT id FROM core.accounts WHERE username = $1)`,
        [username],
      );
    } finally {
      await other.end();
    }
    // No marker comes back from a writer outside the API: the notification itself arrives within moments.
    await waitFor('instance 1 to refuse', async () => (await readCounter(bases[0], token)) === 401, 2_000);
    await waitFor('instance 2 to refuse', async () => (await readCounter(bases[1], token)) === 401, 2_000);
  });

  it('reads sessions from the database while its notifications are cut off, and caches again once back', async () => {
    const { username } = await newReader();
    const token = await login(bases[1], username);
    expect(await readCounter(bases[1], token)).toBe(200);
    const before = await Promise.all(bases.map(interruptions));
    expect((await call(bases[1], 'GET', '/health')).body).toMatchObject({
      sessions: { cache: 'on', notifications: 'live' },
    });
    const admin = new Client({ connectionString: database.url });
    await admin.connect();
    try {
      // Cut both instances' LISTEN connections. An instance learns it when its socket closes, a moment later (what
      // it served in that moment was cached before the cut); once it knows, it reads sessions from the database
      // (and after reconnecting starts from an empty cache). Then end the session behind their backs.
      await admin.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
          WHERE datname = current_database() AND application_name = 'hms-auth-listener'`,
      );
      await waitFor(
        'both instances to notice the cut',
        async () => (await Promise.all(bases.map(interruptions))).every((n, i) => n > before[i]!),
        5_000,
      );
      await admin.query(
        `DELETE FROM core.sessions WHERE account_id = (SELECT id FROM core.accounts WHERE username = $1)`,
        [username],
      );
    } finally {
      await admin.end();
    }
    expect(await readCounter(bases[1], token)).toBe(401);
    // Reconnected (within the retry delay): a new session is cached again and still refused at once after logout.
    const again = await login(bases[0], username);
    await waitFor(
      'both instances to listen again',
      async () => {
        const listeners = new Client({ connectionString: database.url });
        await listeners.connect();
        try {
          const { rows } = await listeners.query(
            `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'hms-auth-listener'`,
          );
          return (rows[0] as { n: number }).n === 2 ? true : undefined;
        } finally {
          await listeners.end();
        }
      },
      5_000,
    );
    expect(await readCounter(bases[1], again)).toBe(200);
    expect((await call(bases[0], 'POST', '/api/auth/logout', again)).status).toBe(204);
    expect(await readCounter(bases[1], again)).toBe(401);
  });
});
