import type { EventMeta, Sql, SqlParam } from '@hms/sdk';
import type { Database } from '../database/database';
import { openMigratedTestDatabase, type MigratedTestDatabase } from '../testing/migrated-test-database';
import { EventStore } from './event-store';
import { START_OF_STORE, type GlobalCursor } from './global-cursor';
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

/**
 * A transaction held open across steps, which took its transaction id when it opened (as a command that wrote
 * something first does): `run` runs a step in it, `commit`/`rollback` end it.
 */
async function openTransaction(db: Database) {
  type Step = { work: (sql: Sql) => Promise<unknown>; resolve: (v: unknown) => void; reject: (e: unknown) => void };
  const queue: Array<Step | 'commit' | 'rollback'> = [];
  let wake: (() => void) | undefined;
  const push = (item: Step | 'commit' | 'rollback') => {
    queue.push(item);
    wake?.();
  };
  let opened!: () => void;
  const isOpen = new Promise<void>((resolve) => (opened = resolve));
  const ended = db
    .transaction(async (sql) => {
      await sql.query('SELECT pg_current_xact_id()');
      opened();
      for (;;) {
        while (queue.length === 0) await new Promise<void>((resolve) => (wake = resolve));
        const item = queue.shift()!;
        if (item === 'commit') return;
        if (item === 'rollback') throw new RolledBack();
        await item.work(sql).then(item.resolve, item.reject);
      }
    })
    .catch((error: unknown) => {
      if (!(error instanceof RolledBack)) throw error;
    });
  await isOpen;
  let done = false;
  const end = async (how: 'commit' | 'rollback') => {
    if (done) return;
    done = true;
    push(how);
    await ended;
  };
  return {
    run: <T>(work: (sql: Sql) => Promise<T>) =>
      new Promise<T>((resolve, reject) => push({ work, resolve: resolve as (v: unknown) => void, reject })),
    commit: () => end('commit'),
    rollback: () => end('rollback'),
  };
}

class RolledBack extends Error {}

describe('global order reading', () => {
  let database: MigratedTestDatabase;
  let store: EventStore;

  beforeAll(async () => {
    database = await openMigratedTestDatabase(eventStoreMigrations, 30);
    store = new EventStore(new UpcasterRegistry([]));
  });
  afterAll(async () => database?.close());

  const appendIn =
    (streamId: string, type = 'test.Happened') =>
    async (sql: Sql) =>
      store.append(sql, { streamId, expectedVersion: 'no-stream', events: [{ type, data: {} }], meta });

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

    const whileSlowRuns = await store.readAll(database.db, { after: START_OF_STORE, limit: 100 });
    expect(whileSlowRuns.map((e) => e.event.position)).not.toContain(fast!.position);

    releaseSlow();
    const slowPosition = await slow;
    expect(slowPosition).toBeLessThan(fast!.position);
    // Transaction ids are cluster-wide: another database's open transaction (a parallel test file) also holds
    // the horizon back for a moment. Visibility may be late; it must come, and in order.
    const afterCommit = await eventually(async () => {
      const events = await store.readAll(database.db, { after: START_OF_STORE, limit: 100 });
      return events.length >= 2 ? events : undefined;
    });
    expect(afterCommit.map((e) => e.event.position)).toEqual(expect.arrayContaining([slowPosition, fast!.position]));
  });

  it('never passes an event whose position was drawn before, but whose transaction id after, one it read', async () => {
    // The inversion the position-ordered reader fell into: the older transaction (smaller id) draws the later
    // position and commits first; the reader takes it while the younger one is still open.
    const older = await openTransaction(database.db);
    const younger = await openTransaction(database.db);
    try {
      const [early] = await younger.run((sql) => appendIn('test.younger-1', 'test.Inverted')(sql));
      const [late] = await older.run((sql) => appendIn('test.older-1', 'test.Inverted')(sql));
      expect(early!.position).toBeLessThan(late!.position);
      await older.commit();

      let cursor: GlobalCursor = START_OF_STORE;
      const seen: bigint[] = [];
      const readUntil = (count: number) =>
        eventually(async () => {
          const batch = await store.readAll(database.db, { after: cursor, limit: 100, types: ['test.Inverted'] });
          for (const { event } of batch) seen.push(event.position);
          cursor = batch.at(-1)?.cursor ?? cursor;
          return seen.length >= count ? true : undefined;
        });
      await readUntil(1);
      expect(seen).toEqual([late!.position]);
      await younger.commit();
      await readUntil(2);
      expect(seen).toEqual([late!.position, early!.position]);
    } finally {
      await older.rollback();
      await younger.rollback();
    }
  });

  it("refuses to append after an event of a younger transaction, so a stream's events stay in order", async () => {
    const ordered = (n: number) => [{ type: 'test.Ordered', data: { n } }];
    await database.db.transaction(appendIn('test.ordered-1', 'test.Ordered'));

    const older = await openTransaction(database.db);
    await database.db.transaction((sql) =>
      store.append(sql, { streamId: 'test.ordered-1', expectedVersion: 1, events: ordered(2), meta }),
    );
    await expect(
      older.run((sql) =>
        store.append(sql, { streamId: 'test.ordered-1', expectedVersion: 2, events: ordered(3), meta }),
      ),
    ).rejects.toMatchObject({ code: 'VERSION_CONFLICT', retryable: true });
    await older.rollback();

    const olderBatch = await openTransaction(database.db);
    await database.db.transaction((sql) =>
      store.append(sql, { streamId: 'test.ordered-1', expectedVersion: 2, events: ordered(3), meta }),
    );
    const result = await olderBatch.run((sql) =>
      store.appendMany(sql, [
        { streamId: 'test.ordered-1', fromVersion: 3, events: ordered(4), meta, retryable: true },
      ]),
    );
    expect(result.recorded).toEqual([]);
    expect(result.conflicts.map((c) => c.streamId)).toEqual(['test.ordered-1']);
    await olderBatch.rollback();

    // In a new transaction, younger than the head's, the same append goes through.
    const [fourth] = await database.db.transaction((sql) =>
      store.append(sql, { streamId: 'test.ordered-1', expectedVersion: 3, events: ordered(4), meta }),
    );
    expect(fourth!.streamVersion).toBe(4);
  });

  it('knows a stream read before its transaction wrote anything needs no in-order check, and one read after does', async () => {
    const ordered = (n: number) => [{ type: 'test.Ordered', data: { n } }];
    await database.db.transaction(appendIn('test.ordered-2', 'test.Ordered'));
    /** The statements an append sends, to see whether it carries the in-order probe. */
    const recording = (sql: Sql, statements: string[]): Sql =>
      ({
        query: (text: string, params?: readonly SqlParam[]) => (statements.push(text), sql.query(text, params)),
      }) as Sql;

    // A fresh transaction (as a command batch is when it preloads): the read marks the stream, the append skips it.
    const fresh: string[] = [];
    const written = await database.db.transaction(async (sql) => {
      const read = await store.readStreamsFromSnapshots(sql, ['test.ordered-2']);
      const stream = read.get('test.ordered-2')!;
      expect(stream.readBeforeFirstWrite).toBe(true);
      return store.appendMany(recording(sql, fresh), [
        {
          streamId: 'test.ordered-2',
          fromVersion: 1,
          events: ordered(2),
          meta,
          retryable: true,
          readBeforeFirstWrite: true,
        },
      ]);
    });
    expect(written.recorded.map((e) => e.streamVersion)).toEqual([2]);
    expect(fresh.join('\n')).not.toContain('NOT EXISTS');

    // A transaction that took its id first: its read is not marked, so the append carries the check, and a head a
    // younger transaction committed meanwhile is refused.
    const older = await openTransaction(database.db);
    const read = await older.run((sql) => store.readStreamsFromSnapshots(sql, ['test.ordered-2']));
    expect(read.get('test.ordered-2')!.readBeforeFirstWrite).toBeUndefined();
    await database.db.transaction((sql) =>
      store.append(sql, { streamId: 'test.ordered-2', expectedVersion: 2, events: ordered(3), meta }),
    );
    const late: string[] = [];
    const refused = await older.run((sql) =>
      store.appendMany(recording(sql, late), [
        { streamId: 'test.ordered-2', fromVersion: 3, events: ordered(4), meta, retryable: true },
      ]),
    );
    await older.rollback();
    expect(late.join('\n')).toContain('NOT EXISTS');
    expect(refused.recorded).toEqual([]);
    expect(refused.conflicts.map((c) => c.streamId)).toEqual(['test.ordered-2']);
  });

  it('a checkpointed reader following concurrent writers with random commit delays sees every event once, in order', async () => {
    const writers = 12;
    const perWriter = 20;
    let writing = true;
    const seen: bigint[] = [];
    const total = writers * perWriter;
    const reader = (async () => {
      let checkpoint: GlobalCursor = START_OF_STORE;
      // The reader stops below the oldest running transaction of the whole cluster, so a slow transaction of a test
      // running beside this one (another database) delays it: what is asserted is order and completeness, not speed.
      const deadline = Date.now() + 120_000;
      // Follows until it has every event; a skipped event would never show up behind the checkpoint.
      while ((writing || seen.length < total) && Date.now() < deadline) {
        const batch = await store.readAll(database.db, { after: checkpoint, limit: 50, types: ['test.Raced'] });
        for (const { event, cursor } of batch) {
          if (seen.includes(event.position)) {
            throw new Error(
              `Read twice: ${cursor.transactionId}/${cursor.position} after ${JSON.stringify(checkpoint, (_, v: unknown) => (typeof v === 'bigint' ? v.toString() : v))}`,
            );
          }
          seen.push(event.position);
        }
        checkpoint = batch.at(-1)?.cursor ?? checkpoint;
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
    expect([...seen].sort((a, b) => (a < b ? -1 : 1))).toEqual(committed.map((r) => BigInt(r.position)));
    expect(new Set(seen).size).toBe(total);
  }, 150_000);
});
