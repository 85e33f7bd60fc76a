import { randomUUID } from 'node:crypto';
import path from 'node:path';
import {
  collabBodyText as bodyText,
  connectCollabClient as connectClient,
  createTestDatabase,
  insertCollabParagraph as insertParagraph,
  waitUntil,
  type CollabClient,
  type TestDatabase,
} from '@hms/core/testing';
import { ADMIN_PASSWORD, assertServerBuilt, HttpClient, ServerProcess } from './e2e-support';

const SCRATCHPAD_PLUGIN_PATH = path.resolve(__dirname, 'fixtures/scratchpad.plugin.cjs');

const lines = (client: CollabClient): string[] => bodyText(client.doc).split('\n').filter(Boolean);

/**
 * The compiled API serving co-edited documents: killed with SIGKILL while clients type, and run as two processes
 * on different ports sharing PostgreSQL and Redis.
 */
describe('co-editing against the compiled API', () => {
  let database: TestDatabase;
  const servers: ServerProcess[] = [];
  const clients: CollabClient[] = [];
  const env = (): Record<string, string> => ({
    DATABASE_URL: database.url,
    HMS_ADMIN_PASSWORD: ADMIN_PASSWORD,
    HMS_LOG_LEVEL: 'warn',
    HMS_PLUGINS: SCRATCHPAD_PLUGIN_PATH,
  });
  const start = async (port?: number): Promise<ServerProcess> => {
    const server = await ServerProcess.start(env(), port === undefined ? {} : { port });
    servers.push(server);
    return server;
  };
  const client = (server: ServerProcess, documentId: string, token: string): CollabClient => {
    const c = connectClient(server.url, documentId, token);
    clients.push(c);
    return c;
  };

  beforeAll(async () => {
    assertServerBuilt();
    database = await createTestDatabase('hms_e2e_collab');
  }, 60_000);
  afterEach(async () => {
    clients.splice(0).forEach((c) => c.destroy());
    for (const server of servers.splice(0)) await server.kill();
  });
  afterAll(async () => {
    await database?.drop();
  });

  it('loses nothing any client saw when the server is killed with SIGKILL mid-typing', async () => {
    const first = await start();
    const token = await new HttpClient(first.url).login('admin', ADMIN_PASSWORD);
    const documentId = randomUUID();
    const typists = [0, 1, 2].map(() => client(first, documentId, token));
    await waitUntil('synced', () => typists.every((t) => t.provider.synced));
    const typed: string[][] = typists.map(() => []);
    let typing = true;
    const loops = typists.map(async (typist, n) => {
      for (let i = 0; typing; i++) {
        const line = `typist ${n} line ${i}`;
        insertParagraph(typist.doc, line);
        typed[n]!.push(line);
        await new Promise((resolve) => setTimeout(resolve, 3 + n));
      }
    });
    await waitUntil('each typist to see the others typing', () =>
      typists.every((t, n) => lines(t).some((l) => !l.startsWith(`typist ${n} `))),
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    await first.kill();
    // What each client had received from the others was relayed, so it must have been persisted before.
    const seen = new Set(typists.flatMap((t, n) => lines(t).filter((l) => !l.startsWith(`typist ${n} `))));
    expect(seen.size).toBeGreaterThan(0);
    typing = false;
    await Promise.all(loops);
    typists.forEach((t) => t.provider.disconnect());

    const second = await start(first.port);
    const observer = client(second, documentId, token);
    await waitUntil('the observer to sync', () => observer.provider.synced);
    const persisted = new Set(lines(observer));
    expect([...seen].filter((line) => !persisted.has(line))).toEqual([]);

    // The typists reconnect and send what never reached the server: everyone ends with every line typed.
    typists.forEach((t) => t.provider.connect());
    const everything = typed.flat().sort();
    await waitUntil(
      'every line everywhere',
      () =>
        [...typists, observer].every((c) => c.provider.synced && lines(c).sort().join('|') === everything.join('|')),
      30_000,
    );
  }, 90_000);

  it('serves one document live from two API processes on different ports sharing PostgreSQL and Redis', async () => {
    const one = await start();
    const two = await start();
    expect(one.port).not.toBe(two.port);
    const token = await new HttpClient(one.url).login('admin', ADMIN_PASSWORD);
    const documentId = randomUUID();
    const alice = client(one, documentId, token);
    const bob = client(two, documentId, token);
    await waitUntil('both synced', () => alice.provider.synced && bob.provider.synced);
    insertParagraph(alice.doc, 'written on the first process');
    await waitUntil('bob to see it', () => lines(bob).includes('written on the first process'));
    insertParagraph(bob.doc, 'written on the second process');
    await waitUntil('alice to see it', () => lines(alice).includes('written on the second process'));
    bob.provider.awareness.setLocalStateField('user', { name: 'bob' });
    await waitUntil("alice to see bob's presence", () => alice.provider.awareness.getStates().has(bob.doc.clientID));
    expect(lines(alice).sort()).toEqual(lines(bob).sort());
  }, 90_000);
});
