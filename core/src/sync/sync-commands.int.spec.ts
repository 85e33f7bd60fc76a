import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { ledgerPlugin } from '../../test/fixtures/ledger.plugin';
import { tallyPlugin } from '../../test/fixtures/tally.plugin';
import { createApiApp } from '../app/create-api-app';
import { ensureFirstAdmin } from '../auth/first-admin';
import { bootKernel } from '../kernel/boot-kernel';
import type { Kernel } from '../kernel/kernel';
import { createLogger } from '../logging/logger';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';

const PASSWORD = 'correct horse battery staple';
let database: TestDatabase;
let kernel: Kernel;
let app: NestFastifyApplication;
let token: string;

interface Entry {
  id: string;
  type: string;
  data: unknown;
  queuedAt?: string;
}
interface Answer {
  id: string;
  outcome: 'done' | 'refused' | 'not-tried';
  result?: unknown;
  problem?: { status: number; code: string; details?: Record<string, unknown> };
}

/** `POST /api/sync/commands` over the real HTTP stack, signed in as the first admin. */
async function sync(body: unknown, headers: Record<string, string> = { authorization: `Bearer ${token}` }) {
  const response = await app.inject({ method: 'POST', url: '/api/sync/commands', headers, payload: body as object });
  return {
    status: response.statusCode,
    type: response.headers['content-type'],
    body: response.json() as { results: Answer[]; code?: string },
  };
}
const increment = (counterId: string, by: number, id = randomUUID()): Entry => ({
  id,
  type: 'tally.Increment',
  data: { counterId, by },
  queuedAt: new Date().toISOString(),
});
const total = async (counterId: string) =>
  (
    await kernel.db.query<{ total: number; version: number }>(
      'SELECT total, version FROM tally.totals WHERE counter_id = $1',
      [counterId],
    )
  )[0];
const eventsOf = async (counterId: string) =>
  (
    await kernel.db.query<{ n: string }>(`SELECT count(*) AS n FROM core.events WHERE stream_id LIKE $1`, [
      `%${counterId}`,
    ])
  )[0]?.n;
const audited = (action: string) =>
  kernel.db.query<{ outcome: string; details: Record<string, unknown> }>(
    'SELECT outcome, details FROM core.audit_log WHERE action = $1 ORDER BY id',
    [action],
  );

beforeAll(async () => {
  database = await createTestDatabase('hms_sync_commands');
  kernel = await bootKernel({
    installed: [tallyPlugin, ledgerPlugin],
    selection: 'all',
    database: { kind: 'server', url: database.url },
    poolSize: 6,
  });
  await ensureFirstAdmin(kernel.db, { password: PASSWORD });
  app = await createApiApp(kernel, createLogger({ level: 'silent' }), {
    secureCookies: false,
    redisUrl: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    trustProxy: false,
    version: 'test',
  });
  const login = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username: 'admin', password: PASSWORD },
  });
  token = (login.json() as { token: string }).token;
});
afterAll(async () => {
  await app?.close();
  await kernel?.close();
  await database?.drop();
});

describe('POST /api/sync/commands: an outbox sent in one call', () => {
  it('runs the commands in the order given, each answered with its result, and /api/plugins names them', async () => {
    const counterId = randomUUID();
    const entries = [1, 2, 3].map((by) => increment(counterId, by));
    const { status, body } = await sync({ commands: entries });
    expect(status).toBe(200);
    expect(body.results).toEqual(
      entries.map((entry, i) => ({
        id: entry.id,
        outcome: 'done',
        // Each saw the ones before it: the order of the queue is the order of the stream.
        result: { counterId, total: [1, 3, 6][i], version: i + 1 },
      })),
    );
    expect(await total(counterId)).toEqual({ total: 6, version: 3 });
    const plugins = await app.inject({
      method: 'GET',
      url: '/api/plugins',
      headers: { authorization: `Bearer ${token}` },
    });
    expect((plugins.json() as { items: unknown[] }).items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          name: 'tally',
          offlineCommands: ['tally.Increment', 'tally.CloseCounter', 'tally.BreakCounter'],
        }),
        expect.objectContaining({ name: 'ledger', offlineCommands: [] }),
      ]),
    );
  });

  it('answers a resend with the first results and appends nothing; a reused id with other data is refused', async () => {
    const counterId = randomUUID();
    const entries = [increment(counterId, 5), increment(counterId, 7)];
    const first = await sync({ commands: entries });
    const again = await sync({ commands: entries });
    expect(again.body.results).toEqual(first.body.results);
    expect(await total(counterId)).toEqual({ total: 12, version: 2 });
    const reused = await sync({ commands: [{ ...entries[0]!, data: { counterId, by: 9 } }] });
    expect(reused.body.results[0]).toMatchObject({
      id: entries[0]!.id,
      outcome: 'refused',
      problem: { status: 422, code: 'IDEMPOTENCY_KEY_REUSED' },
    });
    expect(await total(counterId)).toEqual({ total: 12, version: 2 });
  });

  it('lands each command exactly once when two tabs send the same entries at the same moment', async () => {
    const counterId = randomUUID();
    const entries = Array.from({ length: 20 }, (_, i) => increment(counterId, i + 1));
    const [a, b] = await Promise.all([sync({ commands: entries }), sync({ commands: entries })]);
    expect(a.status).toBe(200);
    expect(b.status).toBe(200);
    // Both tabs are told every entry is done, with the same results, whichever ran it.
    expect(a.body.results.map((r) => r.outcome)).toEqual(entries.map(() => 'done'));
    expect(b.body.results).toEqual(a.body.results);
    expect(await total(counterId)).toEqual({ total: 210, version: 20 });
    expect(await eventsOf(counterId)).toBe('20');
  });

  it('refuses an entry the domain refuses with its problem and goes on with the next', async () => {
    const counterId = randomUUID();
    const other = randomUUID();
    const entries: Entry[] = [
      increment(counterId, 1),
      { id: randomUUID(), type: 'tally.CloseCounter', data: { counterId } },
      increment(counterId, 2),
      { id: randomUUID(), type: 'tally.Increment', data: { counterId: other, by: 1000 } },
      increment(other, 4),
    ];
    const { body } = await sync({ commands: entries });
    expect(body.results.map((r) => [r.outcome, r.problem?.code])).toEqual([
      ['done', undefined],
      ['done', undefined],
      ['refused', 'COUNTER_CLOSED'],
      ['refused', 'VALIDATION_FAILED'],
      ['done', undefined],
    ]);
    expect(body.results[2]!.problem).toMatchObject({ status: 422, details: { counterId } });
    expect(await total(other)).toEqual({ total: 4, version: 1 });
    const refusals = (await audited('tally.Increment')).filter((r) => r.outcome !== 'success');
    expect(refusals.map((r) => r.details.code)).toEqual(
      expect.arrayContaining(['COUNTER_CLOSED', 'VALIDATION_FAILED']),
    );
  });

  it('refuses a command its plugin did not declare offline (a payment), audited, and runs nothing of it', async () => {
    const accountId = randomUUID();
    const { body } = await sync({
      commands: [{ id: randomUUID(), type: 'ledger.Withdraw', data: { accountId, amount: 10 } }],
    });
    expect(body.results[0]).toMatchObject({
      outcome: 'refused',
      problem: { status: 422, code: 'COMMAND_NOT_OFFLINE', details: { type: 'ledger.Withdraw' } },
    });
    expect(await kernel.db.query('SELECT 1 FROM core.events WHERE stream_id LIKE $1', [`%${accountId}`])).toEqual([]);
    expect(await audited('ledger.Withdraw')).toEqual([
      { outcome: 'invalid', details: { code: 'COMMAND_NOT_OFFLINE' } },
    ]);
    const unknown = await sync({ commands: [{ id: randomUUID(), type: 'gone.Command', data: {} }] });
    expect(unknown.body.results[0]).toMatchObject({ outcome: 'refused', problem: { code: 'COMMAND_NOT_FOUND' } });
  });

  it('answers a failure that is not the command’s fault not-tried, starts nothing after it, and a resend lands once', async () => {
    const counterId = randomUUID();
    const entries: Entry[] = [
      increment(counterId, 1),
      { id: randomUUID(), type: 'tally.BreakCounter', data: { counterId } },
      increment(counterId, 2),
    ];
    const { body } = await sync({ commands: entries });
    // The third was already handed to the kernel with the first two (they share a transaction) when the second
    // failed: it ran, and says so; nothing after it would have started.
    expect(body.results.map((r) => r.outcome)).toEqual(['done', 'not-tried', 'done']);
    expect(body.results[1]!.problem).toMatchObject({ status: 500, code: 'INTERNAL_ERROR' });
    expect(await total(counterId)).toEqual({ total: 3, version: 2 });
    // The client keeps the not-tried entry and the ones after it, and sends them again: nothing lands twice.
    const again = await sync({ commands: entries.slice(1) });
    expect(again.body.results.map((r) => r.outcome)).toEqual(['not-tried', 'done']);
    expect(again.body.results[1]).toEqual(body.results[2]);
    expect(await total(counterId)).toEqual({ total: 3, version: 2 });

    // A failure with many entries behind it: those that had not started when it was known are not tried.
    const later = Array.from({ length: 100 }, (_, i) => increment(counterId, (i % 5) + 1));
    const many = await sync({
      commands: [{ id: randomUUID(), type: 'tally.BreakCounter', data: { counterId } }, ...later],
    });
    const outcomes = many.body.results.map((r) => r.outcome);
    expect(outcomes[0]).toBe('not-tried');
    // They form one tail: from the first of them, nothing ran, so the order is kept from there on.
    const firstNotTried = outcomes.indexOf('not-tried', 1);
    if (firstNotTried > 0) expect(outcomes.slice(firstNotTried).every((o) => o === 'not-tried')).toBe(true);
  });

  it('group-commits a long queue in order: 200 increments of one counter each see the one before', async () => {
    const counterId = randomUUID();
    const entries = Array.from({ length: 200 }, () => increment(counterId, 1));
    const { body } = await sync({ commands: entries });
    expect(body.results.map((r) => (r.result as { total: number }).total)).toEqual(entries.map((_, i) => i + 1));
    expect(await total(counterId)).toEqual({ total: 200, version: 200 });
  });

  it('answers a bad body with 400 problem+json, audited, running nothing; and needs a session', async () => {
    const before = (await audited('core.SyncCommands')).length;
    const counterId = randomUUID();
    for (const bad of [
      {},
      { commands: [] },
      { commands: [{ id: 'not-a-uuid', type: 'tally.Increment', data: { counterId, by: 1 } }] },
      { commands: Array.from({ length: 201 }, () => increment(counterId, 1)) },
      { commands: [increment(counterId, 1)], extra: true },
    ]) {
      const answer = await sync(bad);
      expect(answer.status).toBe(400);
      expect(answer.type).toContain('application/problem+json');
    }
    expect(await total(counterId)).toBeUndefined();
    const after = await audited('core.SyncCommands');
    expect(after.slice(before)).toEqual(
      Array.from({ length: 5 }, () => ({ outcome: 'invalid', details: { code: 'VALIDATION_FAILED' } })),
    );
    const anonymous = await sync({ commands: [increment(counterId, 1)] }, {});
    expect(anonymous.status).toBe(401);
    expect(await total(counterId)).toBeUndefined();
  });
});
