import { randomUUID } from 'node:crypto';
import { AuthenticatedActor, WILDCARD_PERMISSION } from '../auth/authenticated-actor';
import { bodyText, connectClient, insertParagraph, waitUntil, type CollabClient } from '../testing/collab-test-client';
import { PrivateRedis } from '../testing/private-redis';
import { createCollabSite, type CollabInstance, type CollabSite } from '../../test/collab-support';
import { CreateMemo } from '../../test/fixtures/memo.plugin';
import { collabStore } from './collab-store';
import { Y } from './yjs';

/**
 * Redis, which carries the fan-out between instances, dies while people edit on two instances. Each instance
 * keeps serving and persisting its own clients; once Redis is back, every open document catches up from
 * PostgreSQL, so both sides converge and nothing typed is lost. A Redis of the test's own is killed (SIGKILL),
 * never the machine's shared one.
 */
const admin = new AuthenticatedActor('test-admin', 'admin', 'Admin', new Set([WILDCARD_PERMISSION]));
let site: CollabSite;
let redis: PrivateRedis;
const clients: CollabClient[] = [];

beforeAll(async () => {
  redis = await PrivateRedis.start();
  site = await createCollabSite();
}, 30_000);
afterEach(() => clients.splice(0).forEach((c) => c.destroy()));
afterAll(async () => {
  await site?.drop();
  await redis?.stop();
});

const paragraphs = (c: CollabClient): string[] => bodyText(c.doc).split('\n').filter(Boolean).sort();

async function persistedParagraphs(api: CollabInstance, memoId: string): Promise<string[]> {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, (await collabStore.read(api.kernel.db, memoId)).update);
  return bodyText(doc).split('\n').filter(Boolean).sort();
}

describe('a Redis outage under two instances', () => {
  it('keeps both sides editing, then converges them from PostgreSQL once Redis is back, losing nothing', async () => {
    const one = await site.start({ redisUrl: redis.url });
    const two = await site.start({ redisUrl: redis.url });
    try {
      const memoId = randomUUID();
      await one.kernel.execute({
        type: CreateMemo.type,
        data: { memoId, patientId: randomUUID() },
        actor: admin,
        correlationId: randomUUID(),
        source: null,
      });
      const connect = (api: CollabInstance): CollabClient => {
        const c = connectClient(api.url, memoId, site.tokens.editor);
        clients.push(c);
        return c;
      };
      const [alice, carol, bob, dave] = [connect(one), connect(one), connect(two), connect(two)];
      await waitUntil('every client synced', () => [alice, carol, bob, dave].every((c) => c.provider.synced));
      insertParagraph(alice.doc, 'alice before');
      insertParagraph(bob.doc, 'bob before');
      await waitUntil('the fan-out to carry both lines to both sides', () =>
        [alice, carol, bob, dave].every((c) => paragraphs(c).length === 2),
      );

      await redis.kill();
      // Each side goes on editing; its clients see their own side's lines at once, each line is persisted.
      const aliceLines = ['alice during 1', 'alice during 2', 'alice during 3'];
      const bobLines = ['bob during 1', 'bob during 2', 'bob during 3'];
      for (const line of aliceLines) insertParagraph(alice.doc, line);
      await waitUntil(
        "alice's lines stored",
        async () => (await collabStore.read(one.kernel.db, memoId)).revision === 5,
      );
      for (const line of bobLines) insertParagraph(bob.doc, line);
      await waitUntil("bob's lines stored", async () => (await collabStore.read(two.kernel.db, memoId)).revision === 8);
      await waitUntil("carol, on alice's side, to see alice's lines", () =>
        aliceLines.every((l) => paragraphs(carol).includes(l)),
      );
      await waitUntil("dave, on bob's side, to see bob's lines", () =>
        bobLines.every((l) => paragraphs(dave).includes(l)),
      );
      // Bob's lines came after every line of instance one and Redis cannot carry them: only the catch-up can.
      expect(bobLines.filter((l) => paragraphs(alice).includes(l) || paragraphs(carol).includes(l))).toEqual([]);

      await redis.start();
      const expected = ['alice before', 'bob before', ...aliceLines, ...bobLines].sort();
      await waitUntil(
        'every client on both sides to hold every line',
        () => [alice, carol, bob, dave].every((c) => paragraphs(c).join('|') === expected.join('|')),
        30_000,
      );
      expect(await persistedParagraphs(one, memoId)).toEqual(expected);
      // And the fan-out works again: a line typed now reaches the other side live.
      insertParagraph(dave.doc, 'dave after');
      await waitUntil("dave's line to reach alice's side", () =>
        [alice, carol].every((c) => paragraphs(c).includes('dave after')),
      );
      expect((await collabStore.read(one.kernel.db, memoId)).revision).toBe(9);
    } finally {
      // The clients go first, so they do not keep trying to reconnect to the instances closing under them.
      clients.splice(0).forEach((c) => c.destroy());
      await Promise.all([one.close(), two.close()]);
    }
  }, 60_000);
});
