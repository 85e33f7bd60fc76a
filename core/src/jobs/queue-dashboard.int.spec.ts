import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { choresPlugin, dropPrefix, REDIS_URL, uniquePrefix, waitFor } from '../../test/job-support';
import { createApiApp } from '../app/create-api-app';
import { AccountService } from '../auth/account.service';
import { ensureFirstAdmin } from '../auth/first-admin';
import { bootKernel } from '../kernel/boot-kernel';
import type { Kernel } from '../kernel/kernel';
import { createLogger } from '../logging/logger';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import { QueueDashboardController } from './queue-dashboard.controller';

const PASSWORD = 'correct horse battery staple';
const prefix = uniquePrefix();
let database: TestDatabase;
let kernel: Kernel;
let app: NestFastifyApplication;
let adminToken: string;

async function call(method: 'GET' | 'POST', url: string, token?: string) {
  const response = await app.inject({ method, url, headers: token ? { authorization: `Bearer ${token}` } : {} });
  return { status: response.statusCode, body: response.json() as Record<string, any> };
}

async function login(username: string): Promise<string> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password: PASSWORD },
  });
  return (response.json() as { token: string }).token;
}

beforeAll(async () => {
  database = await createTestDatabase('hms_jobs_dashboard');
  kernel = await bootKernel({
    installed: [choresPlugin],
    selection: 'all',
    database: { kind: 'server', url: database.url },
    poolSize: 4,
    jobs: { redisUrl: REDIS_URL, prefix },
  });
  kernel.jobs!.startWorkers();
  await ensureFirstAdmin(kernel.db, { password: PASSWORD });
  await new AccountService(kernel.db).createAccount({
    username: 'clerk',
    password: PASSWORD,
    displayName: 'Clerk',
    roles: [],
  });
  app = await createApiApp(kernel, createLogger({ level: 'silent' }), {
    secureCookies: false,
    redisUrl: REDIS_URL,
    trustProxy: false,
    version: 'test',
  });
  adminToken = await login('admin');
});

afterAll(async () => {
  await app?.close();
  await kernel?.close();
  await database?.drop();
  await dropPrefix(prefix);
});

describe(QueueDashboardController.name, () => {
  it("lists each enabled plugin's queue with its counts and schedules", async () => {
    const { status, body } = await call('GET', '/api/admin/queues', adminToken);
    expect(status).toBe(200);
    expect(body.workersRunning).toBe(true);
    expect(body.items).toEqual([
      {
        plugin: 'chores',
        queue: 'hms.chores',
        counts: expect.objectContaining({
          waiting: expect.any(Number),
          failed: expect.any(Number),
          delayed: expect.any(Number),
        }),
        schedules: [{ job: 'chores.tick', cron: '* * * * * *', next: expect.any(String) }],
      },
    ]);
  });

  it('lists failed runs by id and reason, and retries one', async () => {
    const choreId = randomUUID();
    const { id } = await kernel.enqueue('chores.refuse', { choreId }, { jobId: `refuse-${choreId}` });
    const failed = await waitFor('the failed run to be listed', async () => {
      const { body } = await call('GET', '/api/admin/queues/chores/jobs?state=failed', adminToken);
      return (body.items as { id: string }[]).find((j) => j.id === id);
    });
    expect(failed).toEqual(
      expect.objectContaining({
        id,
        name: 'chores.refuse',
        attemptsMade: 1,
        attempts: 5,
        failedReason: 'CHORE_REFUSED',
      }),
    );
    expect(failed).not.toHaveProperty('data');

    expect((await call('POST', `/api/admin/queues/chores/jobs/${id}/retry`, adminToken)).status).toBe(202);
    await waitFor('the retried run to fail again', async () => {
      const rows = await kernel.db.query('SELECT 1 FROM chores.attempts WHERE chore_id = $1', [choreId]);
      return rows.length === 2;
    });
    const [audit] = await kernel.db.query<{ action: string }>(
      "SELECT action FROM core.audit_log WHERE action = 'core.RetryJob'",
    );
    expect(audit).toEqual({ action: 'core.RetryJob' });
  });

  it('answers 404 for an unknown queue or run, 409 for a run that has not failed, 400 for a bad state', async () => {
    expect((await call('GET', '/api/admin/queues/errands/jobs', adminToken)).status).toBe(404);
    expect((await call('POST', '/api/admin/queues/chores/jobs/nope/retry', adminToken)).status).toBe(404);
    const { id } = await kernel.enqueue('chores.sweep', { choreId: randomUUID(), steps: 1 });
    await waitFor('the sweep to complete', async () => (await kernel.jobs!.queue('chores')!.getJob(id))?.isCompleted());
    expect((await call('POST', `/api/admin/queues/chores/jobs/${id}/retry`, adminToken)).status).toBe(409);
    expect((await call('GET', '/api/admin/queues/chores/jobs?state=lost', adminToken)).status).toBe(400);
  });

  it('is for holders of core:jobs:manage only', async () => {
    expect((await call('GET', '/api/admin/queues')).status).toBe(401);
    expect((await call('GET', '/api/admin/queues', await login('clerk'))).status).toBe(403);
  });
});
