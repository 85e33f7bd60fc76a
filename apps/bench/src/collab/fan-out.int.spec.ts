import { setTimeout as sleep } from 'node:timers/promises';
import { Pool } from 'pg';
import * as Y from 'yjs';
import { createTestDatabase, type TestDatabase } from '@hms/core/testing';
import { benchNoteId } from './bench-collab.plugin';
import { hocuspocusClients } from './collab-clients';
import type { RunningCollabServer } from './collab-server.protocol';
import { runFanOut, type FanOutScenario } from './fan-out';
import { hocuspocusTables, startHocuspocusServer } from './hocuspocus.server';
import { firstParagraphLength } from './note-text';

// The fan-out runner against a real Hocuspocus on the real PostgreSQL, with stock providers: every update is
// timed once at every other client, and the documents Hocuspocus persisted hold what the editors typed.
describe('collab fan-out against Hocuspocus with persistence', () => {
  let database: TestDatabase;
  let server: RunningCollabServer;
  let pool: Pool;

  beforeAll(async () => {
    database = await createTestDatabase('hms_bench_collab');
    server = await startHocuspocusServer(database.url, { durableBeforeRelay: false });
    pool = new Pool({ connectionString: database.url, max: 1 });
    pool.on('error', () => undefined); // a connection still closing when the database is dropped
  });

  afterAll(async () => {
    await pool?.end();
    await server?.stop();
    await database?.drop();
  });

  const scenario = (overrides: Partial<FanOutScenario>): FanOutScenario => ({
    key: 'test',
    label: 'test',
    notes: 1,
    clientsPerNote: 3,
    typingNotes: 1,
    intervalMs: 5,
    warmupUpdates: 4,
    updates: 20,
    measureMemory: false,
    ...overrides,
  });

  it('times each measured update at every other client of the note', async () => {
    const measured = await runFanOut(
      hocuspocusClients({ key: 'hocuspocus', wsUrl: server.wsUrl, token: null }),
      () => Promise.resolve(0),
      scenario({}),
      [benchNoteId(1, 0)],
    );

    expect(measured.updates).toBe(20);
    expect(measured.deliveries).toBe(40);
    expect(measured.p50Ms).toBeLessThanOrEqual(measured.p99Ms);
    expect(measured.p99Ms).toBeLessThanOrEqual(measured.maxMs);
    expect(measured.memoryPerNoteBytes).toBeNull();
  });

  it('types in the first notes only, measures memory per open note, and Hocuspocus persists what was typed', async () => {
    const noteIds = [0, 1, 2, 3].map((i) => benchNoteId(2, i));
    const heaps = [1000, 5000];
    const measured = await runFanOut(
      hocuspocusClients({ key: 'hocuspocus', wsUrl: server.wsUrl, token: null }),
      () => Promise.resolve(heaps.shift() ?? Number.NaN),
      scenario({ notes: 4, clientsPerNote: 2, typingNotes: 2, warmupUpdates: 1, updates: 5, measureMemory: true }),
      noteIds,
    );

    expect(measured.updates).toBe(10);
    expect(measured.deliveries).toBe(10);
    expect(measured.memoryPerNoteBytes).toBe(1000);
    // Hocuspocus stores a document when its last client leaves; wait for the four stores.
    const stored = await storedLengths(noteIds);
    const seed = stored.get(noteIds[3]!);
    expect(seed).toBeGreaterThan(0);
    expect(noteIds.map((id) => stored.get(id))).toEqual([seed! + 6, seed! + 6, seed, seed]);
  });

  it('makes the yardstick write every message durably before Hocuspocus handles it', async () => {
    const durable = await startHocuspocusServer(database.url, { durableBeforeRelay: true });
    try {
      const noteId = benchNoteId(3, 0);
      const measured = await runFanOut(
        hocuspocusClients({ key: 'hocuspocus-durable', wsUrl: durable.wsUrl, token: null }),
        () => Promise.resolve(0),
        scenario({ clientsPerNote: 2, warmupUpdates: 1, updates: 5 }),
        [noteId],
      );
      expect(measured.deliveries).toBe(5);
      const { messages } = hocuspocusTables({ durableBeforeRelay: true });
      const written = await pool.query<{ count: string }>(`SELECT count(*) FROM ${messages} WHERE name = $1`, [noteId]);
      // The first paragraph and six typed characters at least, besides each client's sync and presence messages.
      expect(Number(written.rows[0]?.count)).toBeGreaterThanOrEqual(7);
    } finally {
      await durable.stop();
    }
  });

  async function storedLengths(noteIds: readonly string[]): Promise<Map<string, number>> {
    for (let attempt = 0; ; attempt += 1) {
      const rows = await pool.query<{ name: string; data: Buffer }>(
        'SELECT name, data FROM bench_hocuspocus_documents WHERE name = ANY($1::text[])',
        [noteIds],
      );
      if (rows.rows.length === noteIds.length || attempt === 100) {
        return new Map(
          rows.rows.map((row) => {
            const doc = new Y.Doc();
            Y.applyUpdate(doc, row.data);
            return [row.name, firstParagraphLength(doc)];
          }),
        );
      }
      await sleep(100);
    }
  }
});
