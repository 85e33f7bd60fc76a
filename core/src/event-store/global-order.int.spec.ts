import type { EventMeta } from '@hms/sdk';
import { openMigratedTestDatabase, type MigratedTestDatabase } from '../testing/migrated-test-database';
import { EventStore } from './event-store';
import { eventStoreMigrations } from './event-store.migrations';
import { UpcasterRegistry } from './upcaster-registry';

const meta: EventMeta = { actorId: 'a', commandId: 'c', correlationId: 'r', causationId: 'c', plugin: 'test' };

/** Polls until `probe` answers something, for at most 10 s. */
async function eventually<T>(probe: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('Gave up waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('global order reading', () => {
  let database: MigratedTestDatabase;
  let store: EventStore;

  beforeAll(async () => {
    database = await openMigratedTestDatabase(eventStoreMigrations, 30);
    store = new EventStore(new UpcasterRegistry([]));
  });
  afterAll(async () => database?.close());

  const appendIn = (streamId: string) => async (sql: Parameters<EventStore['append']>[0]) =>
    store.append(sql, { streamId, expectedVersion: 'no-stream', events: [{ type: 'test.Happened', data: {} }], meta });

  it('does not move past an earlier position whose transaction commits late', async () => {
    let releaseSlow!: () => void;
    const slowMayCommit = new Promise<void>((resolve) => (releaseSlow = resolve));
    let slowAppended!: () => void;
    const slowHasAppended = new Promise<void>((resolve) => (slowAppended = resolve));
    const slow = database.db.transaction(async (sql) => {
      const [event] = await appendIn('test.slow-1')(sql);
      slowAppended();
      await slowMayCommit;
      return event!.position;
    });
    await slowHasAppended;
    const [fast] = await database.db.transaction(appendIn('test.fast-1'));

    const whileSlowRuns = await store.readAll(database.db, { after: 0n, limit: 100 });
    expect(whileSlowRuns.map((e) => e.position)).not.toContain(fast!.position);

    releaseSlow();
    const slowPosition = await slow;
    expect(slowPosition).toBeLessThan(fast!.position);
    // Transaction ids are cluster-wide: another database's open transaction (a parallel test file) also holds
    // the horizon back for a moment. Visibility may be late; it must come, and in order.
    const afterCommit = await eventually(async () => {
      const events = await store.readAll(database.db, { after: 0n, limit: 100 });
      return events.length >= 2 ? events : undefined;
    });
    expect(afterCommit.map((e) => e.position)).toEqual(expect.arrayContaining([slowPosition, fast!.position]));
  });

  it('a checkpointed reader following concurrent writers with random commit delays sees every event once, in order', async () => {
    const writers = 12;
    const perWriter = 20;
    let writing = true;
    const seen: bigint[] = [];
    const total = writers * perWriter;
    const reader = (async () => {
      let checkpoint = 0n;
      // The reader stops below the oldest running transaction of the whole cluster, so a slow transaction of a test
      // running beside this one (another database) delays it: what is asserted is order and completeness, not speed.
      const deadline = Date.now() + 120_000;
      // Follows until it has every event; a skipped event would never show up behind the checkpoint.
      while ((writing || seen.length < total) && Date.now() < deadline) {
        const batch = await store.readAll(database.db, { after: checkpoint, limit: 50, types: ['test.Raced'] });
        for (const event of batch) seen.push(event.position);
        checkpoint = batch.at(-1)?.position ?? checkpoint;
        if (batch.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
      }
    })();
    await Promise.all(
      Array.from({ length: writers }, async (_, w) => {
        for (let i = 0; i < perWriter; i++) {
          await database.db.transaction(async (sql) => {
            await store.append(sql, {
              streamId: `test.race-${w}-${i}`,
              expectedVersion: 'no-stream',
              events: [{ type: 'test.Raced', data: {} }],
              meta,
            });
            await new Promise((resolve) => setTimeout(resolve, Math.random() * 8));
          });
        }
      }),
    );
    writing = false;
    await reader;
    if (seen.length < total) {
      // Name what held the reader back, for whoever meets this: the oldest transactions of the whole cluster.
      const holders = await database.db.query(
        `SELECT datname, state, now() - xact_start AS age, left(query, 80) AS query FROM pg_stat_activity
          WHERE backend_xid IS NOT NULL OR backend_xmin IS NOT NULL ORDER BY xact_start LIMIT 5`,
      );
      throw new Error(
        `The reader saw ${seen.length} of ${total} events; the oldest transactions: ${JSON.stringify(holders)}`,
      );
    }
    const committed = await database.db.query<{ position: string }>(
      `SELECT position FROM core.events WHERE event_type = 'test.Raced' ORDER BY position`,
    );
    expect(seen).toEqual(committed.map((r) => BigInt(r.position)));
    expect(new Set(seen).size).toBe(total);
  }, 150_000);
});
