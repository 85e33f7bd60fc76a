import { Pool } from 'pg';
import { createTestDatabase, type TestDatabase } from '@hms/core/testing';
import { benchNoteId } from './bench-collab.plugin';
import { yWebsocketClients } from './collab-clients';
import type { RunningCollabServer } from './collab-server.protocol';
import { runFanOut } from './fan-out';
import { startOurServer } from './ours.server';

// The benchmark's side of ours: the real API with the benchmark's plugin loaded by path, stock y-websocket
// clients with the admin's token; every update typed is timed at the other clients and was persisted.
describe('collab fan-out against our collaboration endpoint', () => {
  let database: TestDatabase;
  let server: RunningCollabServer;
  let pool: Pool;

  beforeAll(async () => {
    database = await createTestDatabase('hms_bench_collab_ours');
    server = await startOurServer(database.url);
    pool = new Pool({ connectionString: database.url, max: 1 });
  });

  afterAll(async () => {
    await pool?.end();
    await server?.stop();
    await database?.drop();
  });

  it('relays each update to every other editor of the note, persisted before it is relayed', async () => {
    const noteIds = [benchNoteId(3, 0), benchNoteId(3, 1)];
    const measured = await runFanOut(
      yWebsocketClients({ key: 'ours', wsUrl: server.wsUrl, token: server.token }),
      () => Promise.resolve(0),
      {
        key: 'test',
        label: 'test',
        notes: 2,
        clientsPerNote: 3,
        typingNotes: 1,
        intervalMs: 5,
        warmupUpdates: 2,
        updates: 10,
        measureMemory: false,
      },
      noteIds,
    );

    expect(measured.updates).toBe(10);
    expect(measured.deliveries).toBe(20);
    const stored = await pool.query<{ id: string; revision: string }>(
      'SELECT id, revision FROM core.collab_documents WHERE id = ANY($1::text[])',
      [noteIds],
    );
    const revisions = new Map(stored.rows.map((r) => [r.id, Number(r.revision)]));
    // The typing note: its first paragraph, then 2 + 10 characters, each persisted; the idle note: its paragraph.
    expect(revisions.get(noteIds[0]!)).toBeGreaterThanOrEqual(13);
    expect(revisions.get(noteIds[1]!)).toBeGreaterThanOrEqual(1);
    expect(revisions.get(noteIds[1]!)).toBeLessThan(13);
  });
});
