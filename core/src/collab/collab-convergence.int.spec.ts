import { randomUUID } from 'node:crypto';
import { AuthenticatedActor, WILDCARD_PERMISSION } from '../auth/authenticated-actor';
import { seededRandom } from '@hms/sdk';
import { connectClient, waitUntil, type CollabClient } from '../testing/collab-test-client';
import { createCollabSite, type CollabInstance, type CollabSite } from '../../test/collab-support';
import { CreateMemo } from '../../test/fixtures/memo.plugin';
import { collabStore } from './collab-store';
import { Y, type YDoc } from './yjs';

const admin = new AuthenticatedActor('test-admin', 'admin', 'Admin', new Set([WILDCARD_PERMISSION]));
let site: CollabSite;
let api: CollabInstance;

beforeAll(async () => {
  site = await createCollabSite();
  api = await site.start({ collab: { compactEvery: 40 } });
});
afterAll(async () => {
  await api?.close();
  await site?.drop();
});

const WORDS = ['chest', 'clear', 'pain', 'mild', 'follow-up', 'dose', 'review', 'stable'];

/** One random edit of the body, as a user at a keyboard might make: paragraphs and text, added and removed. */
function randomEdit(doc: YDoc, random: () => number): void {
  const body = doc.getXmlFragment('body');
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const roll = random();
  if (body.length === 0 || roll < 0.3) {
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText(pick(WORDS))]);
    body.insert(Math.floor(random() * (body.length + 1)), [paragraph]);
    return;
  }
  const paragraph = body.get(Math.floor(random() * body.length));
  const text = paragraph instanceof Y.XmlElement ? paragraph.get(0) : undefined;
  if (roll < 0.4 || !(text instanceof Y.XmlText)) {
    body.delete(Math.floor(random() * body.length), 1);
  } else if (roll < 0.8 || text.length === 0) {
    text.insert(Math.floor(random() * (text.length + 1)), ` ${pick(WORDS)}`);
  } else {
    const at = Math.floor(random() * text.length);
    text.delete(at, Math.min(text.length - at, 1 + Math.floor(random() * 4)));
  }
}

const xmlOf = (doc: YDoc): string => doc.getXmlFragment('body').toString();
const sameStateVector = (a: YDoc, b: YDoc): boolean =>
  Buffer.from(Y.encodeStateVector(a)).equals(Buffer.from(Y.encodeStateVector(b)));

async function persisted(documentId: string): Promise<YDoc> {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, (await collabStore.read(api.kernel.db, documentId)).update);
  return doc;
}

describe('co-editing with random concurrent edits', () => {
  it.each([11, 23, 37, 41, 59])(
    'converges, with seed %i, to identical documents equal to the persisted one',
    async (seed) => {
      const random = seededRandom(seed);
      const memoId = randomUUID();
      await api.kernel.execute({
        type: CreateMemo.type,
        data: { memoId, patientId: randomUUID() },
        actor: admin,
        correlationId: randomUUID(),
        source: null,
      });
      const clients: CollabClient[] = Array.from({ length: 4 }, () =>
        connectClient(api.url, memoId, site.tokens.editor),
      );
      try {
        await waitUntil('every client synced', () => clients.every((c) => c.provider.synced));
        for (let step = 0; step < 120; step++) {
          const client = clients[Math.floor(random() * clients.length)]!;
          const roll = random();
          // Offline editing happens too: a disconnected client keeps editing and merges when it reconnects.
          if (roll < 0.05 && client.provider.shouldConnect) client.provider.disconnect();
          else if (roll < 0.12 && !client.provider.shouldConnect) client.provider.connect();
          else randomEdit(client.doc, random);
          if (random() < 0.3) await new Promise((resolve) => setTimeout(resolve, Math.floor(random() * 15)));
        }
        for (const client of clients) if (!client.provider.shouldConnect) client.provider.connect();
        const first = clients[0]!;
        await waitUntil('every client to hold the same document', () =>
          clients.every(
            (c) => c.provider.synced && sameStateVector(c.doc, first.doc) && xmlOf(c.doc) === xmlOf(first.doc),
          ),
        );
        let server = await persisted(memoId);
        await waitUntil('the server to have persisted it all', async () => {
          server.destroy();
          server = await persisted(memoId);
          return sameStateVector(server, first.doc);
        });
        expect(xmlOf(server)).toBe(xmlOf(first.doc));
        for (const client of clients) expect(xmlOf(client.doc)).toBe(xmlOf(first.doc));
        server.destroy();
      } finally {
        clients.forEach((c) => c.destroy());
      }
    },
  );
});
