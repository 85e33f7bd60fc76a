import { randomUUID } from 'node:crypto';
import Redis from 'ioredis';
import { TEST_REDIS_URL } from '../testing/test-redis';
import { AuthenticatedActor, WILDCARD_PERMISSION } from '../auth/authenticated-actor';
import { bodyText, connectClient, insertParagraph, waitUntil, type CollabClient } from '../testing/collab-test-client';
import { createCollabSite, PASSWORD, type CollabInstance, type CollabSite } from '../../test/collab-support';
import { AmendMemo, CreateMemo, SignMemo } from '../../test/fixtures/memo.plugin';
import { collabStore } from './collab-store';
import { Y } from './yjs';

const admin = new AuthenticatedActor('test-admin', 'admin', 'Admin', new Set([WILDCARD_PERMISSION]));
let site: CollabSite;
const clients: CollabClient[] = [];

beforeAll(async () => {
  site = await createCollabSite();
});
afterEach(() => clients.splice(0).forEach((c) => c.destroy()));
afterAll(async () => {
  await site?.drop();
});

async function newMemo(api: CollabInstance): Promise<string> {
  const memoId = randomUUID();
  await api.kernel.execute({
    type: CreateMemo.type,
    data: { memoId, patientId: randomUUID() },
    actor: admin,
    correlationId: randomUUID(),
    source: null,
  });
  return memoId;
}

function client(api: CollabInstance | string, memoId: string): CollabClient {
  const c = connectClient(typeof api === 'string' ? api : api.url, memoId, site.tokens.editor);
  clients.push(c);
  return c;
}

const paragraphs = (c: CollabClient): string[] => bodyText(c.doc).split('\n').filter(Boolean).sort();

describe('several API instances and restarts', () => {
  it('serves one document live from two instances sharing PostgreSQL and Redis, presence included', async () => {
    const one = await site.start();
    const two = await site.start();
    try {
      const memoId = await newMemo(one);
      const alice = client(one, memoId);
      const bob = client(two, memoId);
      await waitUntil('both synced', () => alice.provider.synced && bob.provider.synced);
      insertParagraph(alice.doc, 'from instance one');
      insertParagraph(bob.doc, 'from instance two');
      await waitUntil(
        'both to see both paragraphs',
        () => paragraphs(alice).length === 2 && paragraphs(bob).join() === paragraphs(alice).join(),
      );
      bob.provider.awareness.setLocalStateField('user', { name: 'bob' });
      await waitUntil("alice to see bob's presence across instances", () =>
        alice.provider.awareness.getStates().has(bob.doc.clientID),
      );
      // A third client joining the second instance later sees the first instance's presence at once.
      alice.provider.awareness.setLocalStateField('user', { name: 'alice' });
      const carol = client(two, memoId);
      await waitUntil("carol to see alice's presence", () =>
        carol.provider.awareness.getStates().has(alice.doc.clientID),
      );
      bob.provider.disconnect();
      await waitUntil(
        "bob to leave alice's presence",
        () => !alice.provider.awareness.getStates().has(bob.doc.clientID),
      );
    } finally {
      await one.close();
      await two.close();
    }
  });

  it('tells editors on another instance when a command seals the document, and lets them back in when it is unsealed', async () => {
    const one = await site.start();
    const two = await site.start();
    try {
      const memoId = await newMemo(one);
      const editor = client(two, memoId);
      await waitUntil('synced', () => editor.provider.synced);
      insertParagraph(editor.doc, 'before signing');
      await waitUntil('persisted', async () => (await collabStore.read(one.kernel.db, memoId)).revision === 1);
      const run = (type: string) =>
        one.kernel.execute({ type, data: { memoId }, actor: admin, correlationId: randomUUID(), source: null });
      await run(SignMemo.type);
      await waitUntil('the editor on the other instance to be told', () =>
        editor.denied.some((reason) => reason.includes('sealed')),
      );
      await run(AmendMemo.type);
      await waitUntil(
        'the editor to be reconnected',
        () => editor.closes.some((c) => c.code === 4100) && editor.provider.synced,
      );
      insertParagraph(editor.doc, 'amendment');
      await waitUntil(
        'the amendment persisted',
        async () => (await collabStore.read(one.kernel.db, memoId)).revision === 2,
      );
    } finally {
      await one.close();
      await two.close();
    }
  });

  it('fills a gap left by a lost fan-out message from PostgreSQL', async () => {
    const one = await site.start();
    const two = await site.start();
    // This instance publishes on channels nobody listens to: every message it sends is lost.
    const deaf = await site.start({ collab: { channelPrefix: `${site.channelPrefix}elsewhere:` } });
    try {
      const memoId = await newMemo(one);
      const watcher = client(one, memoId);
      const writer = client(two, memoId);
      const lost = client(deaf, memoId);
      await waitUntil('synced', () => [watcher, writer, lost].every((c) => c.provider.synced));
      insertParagraph(lost.doc, 'sent through a lost message');
      await waitUntil('persisted', async () => (await collabStore.read(one.kernel.db, memoId)).revision === 1);
      insertParagraph(writer.doc, 'sent through a delivered message');
      await waitUntil('the watcher to hold both lines', () => paragraphs(watcher).length === 2);
    } finally {
      await Promise.all([one.close(), two.close(), deaf.close()]);
    }
  });

  it('drops a document from memory, and its fan-out subscription, a little after its last client left', async () => {
    const api = await site.start({ collab: { dropAfterMs: 100 } });
    const redis = new Redis(TEST_REDIS_URL);
    try {
      const memoId = await newMemo(api);
      const channels = () => redis.pubsub('CHANNELS', `${site.channelPrefix}${memoId}`) as Promise<string[]>;
      const editor = client(api, memoId);
      await waitUntil('synced', () => editor.provider.synced);
      expect(await channels()).toHaveLength(1);
      editor.provider.disconnect();
      await waitUntil('the subscription to end', async () => (await channels()).length === 0);
    } finally {
      redis.disconnect();
      await api.close();
    }
  });

  it('closes a connection whose session was logged out, on the next heartbeat', async () => {
    const api = await site.start({ collab: { heartbeatMs: 100 } });
    try {
      const memoId = await newMemo(api);
      const login = await fetch(`${api.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'editor', password: PASSWORD }),
      });
      const { token } = (await login.json()) as { token: string };
      const editor = connectClient(api.url, memoId, token);
      clients.push(editor);
      await waitUntil('synced', () => editor.provider.synced);
      const logout = await fetch(`${api.url}/api/auth/logout`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}` },
      });
      expect(logout.status).toBeLessThan(300);
      await waitUntil('the connection to be closed as unauthenticated', () =>
        editor.closes.some((c) => c.code === 4401),
      );
    } finally {
      await api.close();
    }
  });

  it('loses nothing when the server restarts while clients are editing', async () => {
    let api = await site.start();
    const port = Number(new URL(api.url).port);
    const memoId = await newMemo(api);
    const editors = [client(api, memoId), client(api, memoId), client(api, memoId)];
    await waitUntil('synced', () => editors.every((e) => e.provider.synced));
    let typed = 0;
    let typing = true;
    const typingLoop = (async () => {
      while (typing) {
        insertParagraph(editors[typed % editors.length]!.doc, `line ${typed++}`);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    })();
    await waitUntil('some lines persisted', async () => (await collabStore.read(api.kernel.db, memoId)).revision > 20);
    await api.close();
    api = await site.start({ port });
    try {
      await waitUntil('the clients to reconnect', () => editors.every((e) => e.provider.synced));
      typing = false;
      await typingLoop;
      const expected = Array.from({ length: typed }, (_, i) => `line ${i}`).sort();
      await waitUntil('every client to hold every line', () =>
        editors.every((e) => paragraphs(e).join('|') === expected.join('|')),
      );
      await waitUntil('the server to have persisted every line', async () => {
        const doc = new Y.Doc();
        Y.applyUpdate(doc, (await collabStore.read(api.kernel.db, memoId)).update);
        return bodyText(doc).split('\n').sort().join('|') === expected.join('|');
      });
    } finally {
      await api.close();
    }
  });

  it('compacts updates into a snapshot without losing content', async () => {
    const api = await site.start({ collab: { compactEvery: 10 } });
    try {
      const memoId = await newMemo(api);
      const editor = client(api, memoId);
      await waitUntil('synced', () => editor.provider.synced);
      for (let i = 0; i < 35; i++) {
        insertParagraph(editor.doc, `entry ${i}`);
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
      await waitUntil('all persisted', async () => (await collabStore.read(api.kernel.db, memoId)).revision === 35);
      // Each write that leaves 10 updates or more after the snapshot asks for a compaction, so once the 35th is
      // stored the snapshot ends past revision 25 (exactly where depends on when the compactions ran).
      await waitUntil('a snapshot', async () => {
        const [row] = await api.kernel.db.query<{ snapshot_revision: string }>(
          'SELECT snapshot_revision FROM core.collab_documents WHERE id = $1',
          [memoId],
        );
        return Number(row?.snapshot_revision) > 25;
      });
      const [{ count }] = (await api.kernel.db.query<{ count: string }>(
        'SELECT count(*) FROM core.collab_updates WHERE document_id = $1',
        [memoId],
      )) as [{ count: string }];
      expect(Number(count)).toBeLessThan(10);
      const doc = new Y.Doc();
      Y.applyUpdate(doc, (await collabStore.read(api.kernel.db, memoId)).update);
      expect(bodyText(doc)).toBe(bodyText(editor.doc));
    } finally {
      await api.close();
    }
  });
});
