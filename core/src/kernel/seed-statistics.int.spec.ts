import type { EventMeta } from '@hms/sdk';
import { EventStore } from '../event-store/event-store';
import { eventStoreMigrations } from '../event-store/event-store.migrations';
import { UpcasterRegistry } from '../event-store/upcaster-registry';
import { openMigratedTestDatabase, type MigratedTestDatabase } from '../testing/migrated-test-database';
import { keepStatisticsFresh } from './seed-statistics';

const meta: EventMeta = { actorId: 'a', commandId: 'c', correlationId: 'r', causationId: 'c', plugin: 'test' };

describe(keepStatisticsFresh.name, () => {
  let database: MigratedTestDatabase;

  beforeAll(async () => {
    database = await openMigratedTestDatabase(eventStoreMigrations, 2);
  });
  afterAll(async () => database?.close());

  const streamStatistics = () =>
    database.db.query<{ n_distinct: number }>(
      `SELECT n_distinct FROM pg_stats WHERE schemaname = 'core' AND tablename = 'events' AND attname = 'stream_id'`,
    );

  it('leaves the planner statistics of what a seed wrote, so batches read their streams by index', async () => {
    const store = new EventStore(new UpcasterRegistry([]));
    const statistics = keepStatisticsFresh(database.db, 60_000);
    for (let i = 0; i < 20; i++) {
      await store.append(database.db, {
        streamId: `test.clock-${i}`,
        expectedVersion: 'no-stream',
        events: [{ type: 'test.Ticked', data: { n: i } }],
        meta,
      });
    }
    await database.db.query('CREATE TABLE public.read_model AS SELECT g AS id FROM generate_series(1, 50) AS g');
    expect(await streamStatistics()).toEqual([]);
    await statistics.stop();
    const [row] = await streamStatistics();
    // Every stream seen once: PostgreSQL records "as many streams as rows" (-1), not its default guess of 200.
    expect(row?.n_distinct).toBe(-1);
    // A plugin's read model too: a plan made while it was empty is made again with its real size.
    const [readModel] = await database.db.query<{ reltuples: number }>(
      `SELECT reltuples FROM pg_class WHERE oid = 'public.read_model'::regclass`,
    );
    expect(readModel?.reltuples).toBe(50);
  });
});
