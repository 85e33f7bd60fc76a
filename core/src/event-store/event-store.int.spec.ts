import { defineEvent, z, type EventMeta, type Sql } from '@hms/sdk';
import { openMigratedTestDatabase, type MigratedTestDatabase } from '../testing/migrated-test-database';
import { EventStore } from './event-store';
import { eventStoreMigrations } from './event-store.migrations';
import { StreamVersionConflict } from './stream-version-conflict';
import { UpcasterRegistry } from './upcaster-registry';

const Ticked = defineEvent('test.Ticked', z.object({ n: z.number(), unit: z.string() }), {
  version: 2,
  upcasters: [{ fromVersion: 1, upcast: (v1) => ({ ...(v1 as object), unit: 'beat' }) }],
});

const meta: EventMeta = { actorId: 'a', commandId: 'c', correlationId: 'r', causationId: 'c', plugin: 'test' };
const tick = (n: number) => ({ type: Ticked.type, data: { n, unit: 'beat' } });

describe(EventStore.name, () => {
  let database: MigratedTestDatabase;
  let store: EventStore;

  beforeAll(async () => {
    database = await openMigratedTestDatabase(eventStoreMigrations, 40);
    store = new EventStore(new UpcasterRegistry([Ticked]));
  });
  afterAll(async () => database?.close());

  const append = (sql: Sql, streamId: string, expectedVersion: number | 'no-stream' | 'any', n: number) =>
    store.append(sql, { streamId, expectedVersion, events: [tick(n)], meta });

  it('appends with consecutive versions and reads the stream back in order', async () => {
    await append(database.db, 'test.clock-1', 'no-stream', 1);
    await append(database.db, 'test.clock-1', 1, 2);
    const events = await store.readStream(database.db, 'test.clock-1');
    expect(events.map((e) => [e.streamVersion, (e.data as { n: number }).n])).toEqual([
      [1, 1],
      [2, 2],
    ]);
    expect(events[0]?.meta).toEqual(meta);
  });

  it('refuses a stale expected version as a conflict and keeps the stream unchanged', async () => {
    await append(database.db, 'test.clock-2', 'no-stream', 1);
    await expect(append(database.db, 'test.clock-2', 0, 99)).rejects.toBeInstanceOf(StreamVersionConflict);
    await expect(append(database.db, 'test.clock-2', 'no-stream', 99)).rejects.toBeInstanceOf(StreamVersionConflict);
    expect(await store.readStream(database.db, 'test.clock-2')).toHaveLength(1);
  });

  it('upcasts old event versions on read without rewriting them', async () => {
    await database.db.query(
      `INSERT INTO core.events (stream_id, stream_type, stream_version, event_type, schema_version, data, metadata)
       VALUES ('test.clock-old', 'test.clock', 1, 'test.Ticked', 1, '{"n": 7}', $1)`,
      [JSON.stringify(meta)],
    );
    const [event] = await store.readStream(database.db, 'test.clock-old');
    expect(event).toMatchObject({ schemaVersion: 2, data: { n: 7, unit: 'beat' } });
    const [stored] = await database.db.query<{ data: unknown }>(
      `SELECT data FROM core.events WHERE stream_id = 'test.clock-old'`,
    );
    expect(stored?.data).toEqual({ n: 7 });
  });

  it('lets exactly one of many concurrent writers win each version of one stream, losing nothing', async () => {
    const writers = 16;
    const perWriter = 15;
    let conflicts = 0;
    await Promise.all(
      Array.from({ length: writers }, async (_, w) => {
        for (let i = 0; i < perWriter; i++) {
          for (;;) {
            try {
              await database.db.transaction(async (sql) => {
                const current = (await store.readStream(sql, 'test.shared')).length;
                await append(sql, 'test.shared', current === 0 ? 'no-stream' : current, w * 1000 + i);
              });
              break;
            } catch (error) {
              if (!(error instanceof StreamVersionConflict)) throw error;
              conflicts++;
            }
          }
        }
      }),
    );
    const events = await store.readStream(database.db, 'test.shared');
    expect(events.map((e) => e.streamVersion)).toEqual(Array.from({ length: writers * perWriter }, (_, i) => i + 1));
    const payloads = new Set(events.map((e) => (e.data as { n: number }).n));
    expect(payloads.size).toBe(writers * perWriter);
    expect(conflicts).toBeGreaterThan(0);
  });

  it('appends to many different streams at once without conflicts or losses', async () => {
    await Promise.all(
      Array.from({ length: 40 }, (_, s) =>
        (async () => {
          for (let v = 0; v < 10; v++) await append(database.db, `test.many-${s}`, v === 0 ? 'no-stream' : v, v);
        })(),
      ),
    );
    const [row] = await database.db.query<{ streams: string; events: string }>(
      `SELECT count(DISTINCT stream_id) AS streams, count(*) AS events FROM core.events WHERE stream_id LIKE 'test.many-%'`,
    );
    expect(row).toEqual({ streams: '40', events: '400' });
  });
});
