import {
  defineCommand,
  defineEvent,
  definePermission,
  event,
  handleCommand,
  z,
  type Command,
  type CommandMeta,
  type Decider,
  type DomainEvent,
  type EventMeta,
  type Sql,
  type SqlParam,
} from '@hms/sdk';
import { EventStore } from '../event-store/event-store';
import { eventStoreMigrations } from '../event-store/event-store.migrations';
import { UpcasterRegistry } from '../event-store/upcaster-registry';
import type { PluginRegistry } from '../kernel/plugin-registry';
import { openMigratedTestDatabase, type MigratedTestDatabase } from '../testing/migrated-test-database';
import { BatchStreamReads } from './batch-stream-reads';
import { BatchLedger, BatchStreams } from './batch-streams';

const Ticked = defineEvent('test.Ticked', z.object({ n: z.number() }));
const Tick = defineCommand('test.Tick', z.object({ clocks: z.array(z.string()) }));
type TickEvent = DomainEvent<'test.Ticked', { n: number }>;
const counter: Decider<number, Command<'test.Tick', { n: number }>, TickEvent> = {
  initialState: () => 0,
  decide: (command) => [event(Ticked, { n: command.data.n })],
  evolve: (state, e) => state + e.data.n,
};
const TICK = definePermission('test:clock:tick', 'Tick clocks');
const meta: EventMeta = { actorId: 'a', commandId: 'c', correlationId: 'r', causationId: 'c', plugin: 'test' };
const commandMeta: CommandMeta = { commandId: 'c', correlationId: 'r', actorId: 'a', now: '2026-01-01T00:00:00.000Z' };
const registry = { events: new Map([[Ticked.type, { plugin: 'test', item: Ticked }]]) } as unknown as PluginRegistry;
const tick = (clocks: string[]) => ({
  registration: handleCommand(Tick, { permission: TICK, preload: (data) => data.clocks, handle: async () => null }),
  data: { clocks },
  prepared: undefined,
});

/** The real transaction, counting the statements that read events. */
function countingReads(sql: Sql): { sql: Sql; reads: () => number } {
  let reads = 0;
  return {
    sql: {
      query<R>(text: string, params?: readonly SqlParam[]): Promise<R[]> {
        if (/FROM core\.events/.test(text)) reads += 1;
        return sql.query<R>(text, params);
      },
    },
    reads: () => reads,
  };
}

describe(BatchStreamReads.name, () => {
  let database: MigratedTestDatabase;
  let store: EventStore;

  beforeAll(async () => {
    database = await openMigratedTestDatabase(eventStoreMigrations, 4);
    store = new EventStore(new UpcasterRegistry([Ticked]));
  });
  afterAll(async () => database?.close());

  const seed = (streamId: string, ...ns: number[]) =>
    store.append(database.db, {
      streamId,
      expectedVersion: 'any',
      events: ns.map((n) => ({ type: Ticked.type, data: { n } })),
      meta,
    });

  it('reads the streams a batch names in one statement, and each other stream once', async () => {
    await seed('test.clock-a', 1, 2);
    await seed('test.clock-b', 5);
    await database.db.transaction(async (tx) => {
      const { sql, reads } = countingReads(tx);
      const batch = new BatchStreamReads(sql, store);
      await batch.preload([tick(['test.clock-a', 'test.clock-b']), tick(['test.clock-b', 'test.clock-none'])]);
      expect(reads()).toBe(1);
      expect((await batch.read('test.clock-a')).events.map((e) => e.data)).toEqual([{ n: 1 }, { n: 2 }]);
      expect(await batch.read('test.clock-none')).toEqual({ from: 0, events: [], readBeforeFirstWrite: true });
      // A stream read whole serves a fold that keeps snapshots too, with no snapshot read.
      expect((await batch.read('test.clock-a', 'test.clock/1')).events).toHaveLength(2);
      expect(reads()).toBe(1);
      await seed('test.clock-c', 7);
      expect((await batch.read('test.clock-c')).events).toHaveLength(1);
      expect((await batch.read('test.clock-c')).events).toHaveLength(1);
      expect(reads()).toBe(2);
    });
  });

  it('decides a batch on preloaded streams exactly as one command after another', async () => {
    await seed('test.clock-d', 10);
    await database.db.transaction(async (sql) => {
      const batch = new BatchStreamReads(sql, store);
      await batch.preload([tick(['test.clock-d'])]);
      const ledger = new BatchLedger();
      const first = new BatchStreams(batch, registry, ledger, meta);
      const second = new BatchStreams(batch, registry, ledger, meta);
      await first.decide('test.clock-d', counter, { type: 'test.Tick', data: { n: 1 }, meta: commandMeta });
      const result = await second.decide('test.clock-d', counter, {
        type: 'test.Tick',
        data: { n: 2 },
        meta: commandMeta,
      });
      expect(result).toMatchObject({ version: 3, state: 13 });
      const { conflicts } = await store.appendMany(sql, [...first.appends, ...second.appends]);
      expect(conflicts).toEqual([]);
    });
    expect((await store.readStream(database.db, 'test.clock-d')).map((e) => e.streamVersion)).toEqual([1, 2, 3]);
  });

  it('still finds the conflict when another writer appends to a preloaded stream before the batch writes', async () => {
    await seed('test.clock-e', 1);
    await database.db.transaction(async (sql) => {
      const batch = new BatchStreamReads(sql, store);
      await batch.preload([tick(['test.clock-e'])]);
      await seed('test.clock-e', 100); // committed by another connection after the preload
      const streams = new BatchStreams(batch, registry, new BatchLedger(), meta);
      const decided = await streams.decide('test.clock-e', counter, {
        type: 'test.Tick',
        data: { n: 1 },
        meta: commandMeta,
      });
      expect(decided.version).toBe(2);
      const { recorded, conflicts } = await store.appendMany(sql, streams.appends);
      expect(recorded).toEqual([]);
      expect(conflicts.map((c) => [c.streamId, c.fromVersion])).toEqual([['test.clock-e', 1]]);
    });
    expect((await store.readStream(database.db, 'test.clock-e')).map((e) => e.data)).toEqual([{ n: 1 }, { n: 100 }]);
  });
});
