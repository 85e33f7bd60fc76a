import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { ReplicaAnswer } from '@hms/sdk/client';
import { pegboardPlugin } from '../../test/fixtures/pegboard.plugin';
import { REDIS_URL } from '../../test/job-support';
import { createApiApp } from '../app/create-api-app';
import { AccountService } from '../auth/account.service';
import { ensureFirstAdmin } from '../auth/first-admin';
import { bootKernel } from '../kernel/boot-kernel';
import type { Kernel } from '../kernel/kernel';
import { createLogger } from '../logging/logger';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import { ReplicasController } from './replicas.controller';

const PASSWORD = 'correct horse battery staple';
let database: TestDatabase;
let kernel: Kernel;
let app: NestFastifyApplication;
let base: string;
const tokens: Record<string, string> = {};
type Peg = { id: string; value: number };

async function login(username: string): Promise<string> {
  const response = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: PASSWORD }),
  });
  return ((await response.json()) as { token: string }).token;
}

async function pull(user: string, query: string): Promise<{ status: number; body: ReplicaAnswer<Peg> & Problem }> {
  const response = await fetch(`${base}/api/sync/replicas/${query}`, {
    headers: { authorization: `Bearer ${tokens[user]}` },
  });
  return { status: response.status, body: (await response.json()) as ReplicaAnswer<Peg> & Problem };
}
type Problem = { code?: string; type?: string };

async function pullBoard(boardId: string, since?: string): Promise<ReplicaAnswer<Peg>> {
  const { status, body } = await pull('nurse', `pegboard.Board?boardId=${boardId}${since ? `&since=${since}` : ''}`);
  expect(status).toBe(200);
  return body;
}

/** What the device does with an answer (apps/web/src/lib/replica/apply-answer.ts does the same). */
function apply(kept: ReadonlyMap<string, Peg>, answer: ReplicaAnswer<Peg>): Map<string, Peg> {
  const changed = new Map(answer.rows.map((peg, i) => [answer.rowKeys[i]!, peg]));
  if (answer.full) return changed;
  if (!answer.keys) return new Map(kept);
  return new Map(answer.keys.map((key) => [key, changed.get(key) ?? kept.get(key)!]));
}

function setPeg(boardId: string, pegId: string, value: number): Promise<unknown> {
  return kernel.execute({
    type: 'pegboard.SetPeg',
    data: { boardId, pegId, value },
    actor: { id: 'writer', username: 'writer', has: () => true },
    correlationId: randomUUID(),
    source: null,
  });
}

beforeAll(async () => {
  database = await createTestDatabase('hms_replicas');
  kernel = await bootKernel({
    installed: [pegboardPlugin],
    selection: 'all',
    database: { kind: 'server', url: database.url },
    poolSize: 8,
  });
  await ensureFirstAdmin(kernel.db, { password: PASSWORD });
  const accounts = new AccountService(kernel.db);
  await accounts.upsertRole('peg-nurse', 'Reads boards', ['pegboard:peg:read']);
  await accounts.upsertRole('peg-writer', 'Sets pegs, reads nothing', ['pegboard:peg:write']);
  await accounts.createAccount({ username: 'nurse', password: PASSWORD, displayName: 'nurse', roles: ['peg-nurse'] });
  await accounts.createAccount({ username: 'writer', password: PASSWORD, displayName: 'w', roles: ['peg-writer'] });
  app = await createApiApp(kernel, createLogger({ level: 'silent' }), {
    secureCookies: false,
    redisUrl: REDIS_URL,
    trustProxy: false,
    version: 'test',
  });
  await app.listen(0, '127.0.0.1');
  base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  for (const username of ['nurse', 'writer']) tokens[username] = await login(username);
});

afterAll(async () => {
  await app?.close();
  await kernel?.close();
  await database?.drop();
});

describe(ReplicasController.name, () => {
  it('lists the replicas the account may read, with the event types that change them', async () => {
    const list = async (user: string) =>
      (await (
        await fetch(`${base}/api/sync/replicas`, { headers: { authorization: `Bearer ${tokens[user]}` } })
      ).json()) as { items: { name: string; eventTypes: string[] }[] };
    expect((await list('nurse')).items).toEqual([
      {
        name: 'pegboard.Board',
        plugin: 'pegboard',
        eventTypes: ['pegboard.PegSet', 'pegboard.PegRemoved'],
        limits: { maxRows: 300, maxAgeHours: 12 },
      },
    ]);
    expect((await list('writer')).items).toEqual([]);
  });

  it('answers the whole board first, then only the rows changed since, then "unchanged"', async () => {
    const boardId = randomUUID();
    const [a, b, c] = [randomUUID(), randomUUID(), randomUUID()].sort();
    for (const peg of [a!, b!, c!]) await setPeg(boardId, peg, 1);
    await setPeg(randomUUID(), randomUUID(), 5); // another board: never sent to this one
    const first = await pullBoard(boardId);
    expect(first).toMatchObject({ full: true, rows: [a, b, c].map((id) => ({ id, value: 1 })), rowKeys: [a, b, c] });

    await setPeg(boardId, b!, 7);
    await kernel.execute({
      type: 'pegboard.RemovePeg',
      data: { boardId, pegId: c },
      actor: { id: 'w', username: 'w', has: () => true },
      correlationId: randomUUID(),
      source: null,
    });
    await setPeg(randomUUID(), randomUUID(), 5);
    const second = await pullBoard(boardId, first.position);
    expect(second).toMatchObject({ full: false, rows: [{ id: b, value: 7 }], rowKeys: [b], keys: [a, b] });
    expect(second.position).toMatch(/^[0-9]+:[0-9]+:([0-9,]*)$/);
    expect(second.position).not.toBe(first.position);

    const third = await pullBoard(boardId, second.position);
    expect(third.full).toBe(false);
    expect(third.rows).toEqual([]);
    expect(third.keys).toBeUndefined();
    // The pull is audited like the query it runs.
    const audited = await kernel.db.query<{ n: string }>(
      `SELECT count(*) AS n FROM core.audit_log WHERE action = 'pegboard.GetBoard' AND outcome = 'success'`,
    );
    expect(Number(audited[0]!.n)).toBeGreaterThanOrEqual(3);
  });

  it('misses no change committed by a transaction that was running while the device pulled', async () => {
    const boardId = randomUUID();
    const late = randomUUID();
    await setPeg(boardId, randomUUID(), 1);
    let release!: () => void;
    let written!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const wrote = new Promise<void>((resolve) => (written = resolve));
    // A writer whose event and read-model row are written but not committed when the device pulls.
    const slow = kernel.db.transaction(async (sql) => {
      await kernel.store.append(sql, {
        streamId: `pegboard.peg-${late}`,
        expectedVersion: 'no-stream',
        events: [{ type: 'pegboard.PegSet', data: { boardId, pegId: late, value: 9 } }],
        meta: {
          actorId: 'slow',
          commandId: randomUUID(),
          correlationId: randomUUID(),
          causationId: randomUUID(),
          plugin: 'pegboard',
        },
      } as never);
      await sql.query('INSERT INTO pegboard.pegs (peg_id, board_id, value) VALUES ($1, $2, 9)', [late, boardId]);
      written();
      await gate;
    });
    await wrote;
    await setPeg(boardId, randomUUID(), 2); // a younger transaction that commits first
    const during = await pullBoard(boardId);
    expect(during.rows.map((p) => p.id)).not.toContain(late);
    release();
    await slow;
    const after = await pullBoard(boardId, during.position);
    expect(after.rows).toContainEqual({ id: late, value: 9 });
  });

  it('sends at once a change committed while an older transaction still runs, and not again after', async () => {
    const boardId = randomUUID();
    await setPeg(boardId, randomUUID(), 1);
    const first = await pullBoard(boardId);
    let release!: () => void;
    let holding!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const held = new Promise<void>((resolve) => (holding = resolve));
    const older = kernel.db.transaction(async (sql) => {
      await sql.query('SELECT pg_current_xact_id()'); // takes a transaction id: the snapshot's xmin stays below it
      holding();
      await gate;
    });
    await held;
    const peg = randomUUID();
    await setPeg(boardId, peg, 4);
    const next = await pullBoard(boardId, first.position);
    const after = await pullBoard(boardId, next.position);
    release();
    await older;
    expect(next.rows).toEqual([{ id: peg, value: 4 }]);
    expect(after.rows).toEqual([]); // seen by the last snapshot: not sent twice, though the old transaction ran on
  });

  it('keeps a device that pulls deltas during concurrent writes equal to the board', async () => {
    const boardId = randomUUID();
    const pegs = Array.from({ length: 12 }, () => randomUUID());
    let kept = apply(new Map(), await pullBoard(boardId));
    let position = (await pullBoard(boardId)).position;
    let writing = true;
    const writers = Array.from({ length: 4 }, async (_, w) => {
      for (let i = 0; i < 25; i++) await setPeg(boardId, pegs[(w * 7 + i) % pegs.length]!, w * 100 + i);
    });
    const device = (async () => {
      while (writing) {
        const answer = await pullBoard(boardId, position);
        kept = apply(kept, answer);
        position = answer.position;
      }
    })();
    await Promise.all(writers);
    writing = false;
    await device;
    const last = await pullBoard(boardId, position);
    kept = apply(kept, last);
    const truth = await kernel.db.query<Peg>(
      'SELECT peg_id AS id, value FROM pegboard.pegs WHERE board_id = $1 ORDER BY peg_id',
      [boardId],
    );
    expect([...kept.values()]).toEqual(truth);
    expect(truth).toHaveLength(12);
  });

  it('answers 403 when access ended, audited, so the device forgets its copy', async () => {
    const boardId = randomUUID();
    await setPeg(boardId, randomUUID(), 1);
    const accounts = new AccountService(kernel.db);
    await accounts.createAccount({ username: 'leaver', password: PASSWORD, displayName: 'l', roles: ['peg-nurse'] });
    tokens['leaver'] = await login('leaver');
    const first = await pull('leaver', `pegboard.Board?boardId=${boardId}`);
    expect(first.status).toBe(200);
    const [account] = await kernel.db.query<{ id: string }>(`SELECT id FROM core.accounts WHERE username = 'leaver'`);
    await kernel.db.query(`DELETE FROM core.account_roles WHERE account_id = $1`, [account!.id]);
    await new Promise((resolve) => setTimeout(resolve, 1100)); // the session cache's lifetime
    const after = await pull('leaver', `pegboard.Board?boardId=${boardId}&since=${first.body.position}`);
    expect(after.status).toBe(403);
    expect(after.body.code).toBe('PERMISSION_REQUIRED');
    const denied = await kernel.db.query(
      `SELECT 1 FROM core.audit_log WHERE actor_id = $1 AND action = 'pegboard.GetBoard' AND outcome = 'denied'`,
      [account!.id],
    );
    expect(denied).toHaveLength(1);
  });

  it.each([
    ['a scope that is not an id', 'pegboard.Board?boardId=Smith', 400],
    ['a scope it does not take', `pegboard.Board?boardId=${randomUUID()}&name=Smith`, 400],
    ['a checkpoint that is not one', `pegboard.Board?boardId=${randomUUID()}&since=yesterday`, 400],
    ['a checkpoint ahead of the server', `pegboard.Board?boardId=${randomUUID()}&since=9999999:99999999999:`, 400],
    ['a replica that does not exist', 'pegboard.Nothing?boardId=x', 404],
  ])('refuses %s with problem+json, audited, changing nothing', async (_, query, status) => {
    const before = await kernel.db.query<{ n: string }>('SELECT count(*) AS n FROM core.events');
    const response = await fetch(`${base}/api/sync/replicas/${query}`, {
      headers: { authorization: `Bearer ${tokens['nurse']}` },
    });
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    const after = await kernel.db.query<{ n: string }>('SELECT count(*) AS n FROM core.events');
    expect(after).toEqual(before);
    const audited = await kernel.db.query<{ outcome: string }>(
      `SELECT outcome FROM core.audit_log WHERE action IN ('sync.replica', 'pegboard.GetBoard')
        ORDER BY id DESC LIMIT 1`,
    );
    expect(audited[0]!.outcome).toBe(status === 404 ? 'not-found' : 'invalid');
  });

  it("hands each session its own replica key on /api/auth/me, and the same one for the session's life", async () => {
    const me = async (token: string) =>
      (
        (await (await fetch(`${base}/api/auth/me`, { headers: { authorization: `Bearer ${token}` } })).json()) as {
          replicaKey: string;
        }
      ).replicaKey;
    const other = await login('nurse');
    const key = await me(tokens['nurse']!);
    expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await me(tokens['nurse']!)).toBe(key);
    expect(await me(other)).not.toBe(key);
  });

  it('answers when the session ends on /api/auth/me, about 12 idle hours ahead, and never the token', async () => {
    const token = await login('nurse');
    const answer = await fetch(`${base}/api/auth/me`, { headers: { authorization: `Bearer ${token}` } });
    const body = await answer.text();
    const { expiresAt } = JSON.parse(body) as { expiresAt: string };
    const left = Date.parse(expiresAt) - Date.now();
    expect(left).toBeGreaterThan(11.9 * 3_600_000);
    expect(left).toBeLessThanOrEqual(12 * 3_600_000);
    expect(body).not.toContain(token);
  });
});
