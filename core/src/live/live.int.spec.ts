import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { housekeepingPlugin } from '../../test/fixtures/housekeeping.plugin';
import { tallyPlugin } from '../../test/fixtures/tally.plugin';
import { dropPrefix, REDIS_URL, uniquePrefix, waitFor } from '../../test/job-support';
import { createApiApp } from '../app/create-api-app';
import { AccountService } from '../auth/account.service';
import { ensureFirstAdmin } from '../auth/first-admin';
import { bootKernel } from '../kernel/boot-kernel';
import type { Kernel } from '../kernel/kernel';
import { createLogger } from '../logging/logger';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import { LiveController } from './live.controller';
import { LiveHub } from './live-hub';

const PASSWORD = 'correct horse battery staple';
const prefix = uniquePrefix();
let database: TestDatabase;
let kernel: Kernel;
let app: NestFastifyApplication;
let base: string;
const tokens: Record<string, string> = {};

interface Received {
  readonly event: string;
  readonly data: Record<string, string>;
}

/**
 * A live channel read over a real socket, as a browser reads it: the raw text is split into SSE blocks; comments
 * (heartbeats) are kept apart from events.
 */
async function openLive(user: string) {
  const abort = new AbortController();
  const response = await fetch(`${base}/api/live`, {
    headers: { authorization: `Bearer ${tokens[user]}` },
    signal: abort.signal,
  });
  const events: Received[] = [];
  const comments: string[] = [];
  let ended = false;
  const reading = (async () => {
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) !== -1) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const lines = block.split('\n');
          for (const line of lines.filter((l) => l.startsWith(': '))) comments.push(line.slice(2));
          const event = lines.find((l) => l.startsWith('event: '))?.slice(7);
          const data = lines.find((l) => l.startsWith('data: '))?.slice(6);
          if (event && data) events.push({ event, data: JSON.parse(data) as Record<string, string> });
        }
      }
    } catch {
      // aborted by the test
    }
    ended = true;
  })();
  await waitFor(`${user}'s channel to be connected`, async () => comments.includes('connected'));
  return {
    response,
    events,
    comments,
    isEnded: () => ended,
    close: async () => {
      abort.abort();
      await reading;
    },
  };
}

async function post(url: string, user: string, body: unknown) {
  const response = await fetch(`${base}${url}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${tokens[user]}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, string> };
}

beforeAll(async () => {
  database = await createTestDatabase('hms_live');
  kernel = await bootKernel({
    installed: [tallyPlugin, housekeepingPlugin],
    selection: 'all',
    database: { kind: 'server', url: database.url },
    poolSize: 6,
    jobs: { redisUrl: REDIS_URL, prefix },
  });
  kernel.jobs!.startWorkers();
  await ensureFirstAdmin(kernel.db, { password: PASSWORD });
  const accounts = new AccountService(kernel.db);
  await accounts.upsertRole('counter', 'Reads and changes counters', ['tally:counter:read', 'tally:counter:write']);
  await accounts.upsertRole('writer', 'Changes counters without reading them', ['tally:counter:write']);
  await accounts.upsertRole('housekeeper', 'Reports on cleanings', ['housekeeping:cleanings:report']);
  for (const [username, roles] of [
    ['reader', ['counter']],
    ['writer', ['writer']],
    ['clerk', ['housekeeper']],
  ] as const) {
    await accounts.createAccount({ username, password: PASSWORD, displayName: username, roles: [...roles] });
  }
  app = await createApiApp(kernel, createLogger({ level: 'silent' }), {
    secureCookies: false,
    redisUrl: REDIS_URL,
    trustProxy: false,
    version: 'test',
    live: { heartbeatMs: 100, pollMs: 50 },
  });
  await app.listen(0, '127.0.0.1');
  base = await app.getUrl();
  base = base.replace('[::1]', '127.0.0.1');
  for (const username of ['admin', 'reader', 'writer', 'clerk']) {
    const response = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: PASSWORD }),
    });
    tokens[username] = ((await response.json()) as { token: string }).token;
  }
});

afterAll(async () => {
  await app?.close();
  await kernel?.close();
  await database?.drop();
  await dropPrefix(prefix);
});

describe(LiveController.name, () => {
  it('answers 401 without a session and opens an event stream with one', async () => {
    expect((await fetch(`${base}/api/live`)).status).toBe(401);
    const live = await openLive('reader');
    expect(live.response.status).toBe(200);
    expect(live.response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    expect(live.response.headers.get('cache-control')).toBe('no-store');
    await waitFor('a heartbeat', async () => live.comments.includes('heartbeat'));
    await live.close();
  });

  it('tells readers of a plugin that something changed, with ids only, and nobody else', async () => {
    const reader = await openLive('reader');
    const writer = await openLive('writer');
    const counterId = randomUUID();
    expect((await post(`/api/tallies/${counterId}/increments`, 'writer', { by: 3 })).status).toBe(201);

    const [notice] = await waitFor('the change notice', async () =>
      reader.events.length > 0 ? reader.events : undefined,
    );
    const [row] = await kernel.db.query<{ position: string }>('SELECT position FROM core.events WHERE stream_id = $1', [
      `tally.counter-${counterId}`,
    ]);
    expect(notice).toEqual({
      event: 'change',
      data: {
        plugin: 'tally',
        type: 'tally.Incremented',
        streamId: `tally.counter-${counterId}`,
        position: row!.position,
      },
    });
    // Notices of one batch go to every channel together, so the writer (no read permission) would have it by now.
    expect(writer.events).toEqual([]);
    await Promise.all([reader.close(), writer.close()]);
  });

  it('sees events appended outside this API process, as another instance or a worker would append them', async () => {
    const reader = await openLive('reader');
    const counterId = randomUUID();
    await kernel.db.transaction((sql) =>
      kernel.store.append(sql, {
        streamId: `tally.counter-${counterId}`,
        expectedVersion: 'no-stream',
        events: [{ type: 'tally.Incremented', data: { counterId, by: 1, at: new Date().toISOString() } }],
        meta: {
          actorId: 'other-process',
          commandId: randomUUID(),
          correlationId: randomUUID(),
          causationId: randomUUID(),
          plugin: 'tally',
        },
      } as never),
    );
    const notice = await waitFor('the notice', async () =>
      reader.events.find((e) => e.data.streamId === `tally.counter-${counterId}`),
    );
    expect(notice.data.type).toBe('tally.Incremented');
    await reader.close();
  });

  it('tells the account that asked for a report run when it is ready, and not another account', async () => {
    const clerk = await openLive('clerk');
    const admin = await openLive('admin');
    const { status, body } = await post('/api/reports/housekeeping.minutes-per-room/runs', 'clerk', {});
    expect(status).toBe(202);
    const ready = await waitFor(
      'report ready',
      async () => clerk.events.find((e) => e.event === 'report-ready'),
      20_000,
    );
    expect(ready.data).toEqual({ runId: body.id, status: 'completed' });
    expect(admin.events.filter((e) => e.event === 'report-ready')).toEqual([]);
    await Promise.all([clerk.close(), admin.close()]);
  });

  it('forgets a channel when the browser goes away, and stops reading the store when none is left', async () => {
    const hub = app.get(LiveHub);
    const first = await openLive('reader');
    const second = await openLive('reader');
    expect(hub.size).toBe(2);
    await first.close();
    await waitFor('one channel left', async () => hub.size === 1);
    await second.close();
    await waitFor('no channel left', async () => hub.size === 0);
  });

  it('ends the stream at the next heartbeat once the session has ended', async () => {
    const response = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'reader', password: PASSWORD }),
    });
    tokens.leaving = ((await response.json()) as { token: string }).token;
    const live = await openLive('leaving');
    await fetch(`${base}/api/auth/logout`, { method: 'POST', headers: { authorization: `Bearer ${tokens.leaving}` } });
    await waitFor('the stream to end', async () => live.isEnded());
    await live.close();
  });
});
