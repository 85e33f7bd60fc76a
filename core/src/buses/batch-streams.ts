import {
  type Command,
  type DecideResult,
  type Decider,
  type DomainEvent,
  type EventMeta,
  type ExpectedVersion,
  type LoadedStream,
  type Sql,
  type Streams,
} from '@hms/sdk';
import type { EventStore, PendingAppend } from '../event-store/event-store';
import { streamSnapshots, type StreamSnapshot } from '../event-store/stream-snapshots';
import { StreamVersionConflict } from '../event-store/stream-version-conflict';
import type { PluginRegistry } from '../kernel/plugin-registry';
import type { BatchStreamReads } from './batch-stream-reads';

/** Events between two snapshots of a stream whose decider keeps them and does not say how often. */
const DEFAULT_SNAPSHOT_EVERY = 100;

/**
 * The events decided so far by the commands of one batch, per stream, not yet written. A later command of the
 * same batch loads a stream with them, so a batch decides exactly as if its commands had run one after another.
 */
export class BatchLedger {
  private readonly pending = new Map<string, DomainEvent[]>();

  eventsOf(streamId: string): readonly DomainEvent[] {
    return this.pending.get(streamId) ?? [];
  }

  add(append: PendingAppend): void {
    this.pending.set(append.streamId, [...this.eventsOf(append.streamId), ...append.events]);
  }

  /** Forgets the appends of a command that failed; nothing decided after it in the batch has seen them yet. */
  discard(appends: readonly PendingAppend[]): void {
    for (const append of appends) {
      const events = this.eventsOf(append.streamId);
      this.pending.set(append.streamId, events.slice(0, events.length - append.events.length));
    }
  }
}

/**
 * The `Streams` a command handler gets: load, fold and decide now; the append is written with the whole batch,
 * with optimistic concurrency on each stream's version. Events must be declared by the acting plugin and match
 * their schema: a decider emitting anything else is a bug caught here, before it becomes history.
 */
export class BatchStreams implements Streams {
  readonly appends: PendingAppend[] = [];
  /** States to keep, written with the batch if this command succeeds (see `Decider.snapshot`). */
  readonly snapshots: StreamSnapshot[] = [];

  constructor(
    private readonly reads: BatchStreamReads,
    private readonly registry: PluginRegistry,
    private readonly ledger: BatchLedger,
    private readonly meta: EventMeta,
  ) {}

  async load<S, E extends DomainEvent>(
    streamId: string,
    decider: Pick<Decider<S, Command, E>, 'initialState' | 'evolve' | 'snapshot'>,
  ): Promise<LoadedStream<S>> {
    const { state, version } = await this.loadStored(streamId, decider);
    return { state, version };
  }

  private async loadStored<S, E extends DomainEvent>(
    streamId: string,
    decider: Pick<Decider<S, Command, E>, 'initialState' | 'evolve' | 'snapshot'>,
  ): Promise<LoadedStream<S> & { readonly readBeforeFirstWrite?: boolean }> {
    const stored = await this.reads.read(streamId, decider.snapshot && this.reads.snapshotKey(decider.snapshot.key));
    // A copy of the snapshot: the batch may load the stream again, and a fold must not see another's state.
    const start = stored.snapshot ? (structuredClone(stored.snapshot.state) as S) : decider.initialState();
    const events = [...stored.events, ...this.ledger.eventsOf(streamId)] as unknown as E[];
    return {
      state: events.reduce(decider.evolve, start),
      version: stored.from + events.length,
      ...(stored.readBeforeFirstWrite ? { readBeforeFirstWrite: true } : {}),
    };
  }

  async decide<S, C extends Command, E extends DomainEvent>(
    streamId: string,
    decider: Decider<S, C, E>,
    command: C,
    options: { expectedVersion?: ExpectedVersion } = {},
  ): Promise<DecideResult<S, E>> {
    const expected = options.expectedVersion;
    // A stream the command creates has no history: skip the read; the unique version catches a clash on write.
    const loaded: LoadedStream<S> & { readonly readBeforeFirstWrite?: boolean } =
      expected === 'no-stream' && this.ledger.eventsOf(streamId).length === 0
        ? { state: decider.initialState(), version: 0 }
        : await this.loadStored(streamId, decider);
    const clientVersion = expected === 'no-stream' ? 0 : expected;
    if (typeof clientVersion === 'number' && clientVersion !== loaded.version) {
      throw new StreamVersionConflict(streamId, expected ?? 'any', false);
    }
    const events = decider.decide(command, loaded.state);
    events.forEach((e) => this.checkDeclared(e));
    if (events.length > 0) {
      const append: PendingAppend = {
        streamId,
        fromVersion: loaded.version,
        events,
        meta: this.meta,
        retryable: expected === undefined || expected === 'any',
        // Whether the in-order check can be skipped (see `EventStore.appendMany`).
        ...(loaded.readBeforeFirstWrite ? { readBeforeFirstWrite: true } : {}),
      };
      this.appends.push(append);
      this.ledger.add(append);
    }
    const version = loaded.version + events.length;
    const state = events.reduce(decider.evolve, loaded.state);
    const policy = decider.snapshot;
    // At each multiple of `every` the stream passes: known without reading which snapshot is stored, so a stream
    // read whole (preloaded) is not snapshotted on every command.
    const every = Math.max(1, policy?.every ?? DEFAULT_SNAPSHOT_EVERY);
    if (policy && Math.floor(version / every) > Math.floor(loaded.version / every)) {
      this.snapshots.push({ streamId, key: this.reads.snapshotKey(policy.key), version, state });
    }
    return { events, version, state };
  }

  private checkDeclared(event: DomainEvent): void {
    const definition = this.registry.events.get(event.type);
    if (!definition || definition.plugin !== this.meta.plugin) {
      throw new Error(`Plugin ${this.meta.plugin} emitted event ${event.type}, which it does not declare`);
    }
    // A bad event is a bug in the plugin, not bad input: it must not surface as a 400.
    const result = definition.item.schema.safeParse(event.data);
    if (!result.success)
      throw new Error(
        `Plugin ${this.meta.plugin} emitted ${event.type} not matching its schema: ${result.error.message}`,
      );
  }
}

/**
 * Reads a stream and folds it into its current state and version (for queries, outside any batch), from its
 * snapshot when the decider keeps them. Two statements without a transaction are still consistent: events are
 * only ever appended, so the events after the snapshot's version complete whatever snapshot was read.
 */
export async function loadStream<S, E extends DomainEvent>(
  sql: Sql,
  store: EventStore,
  streamId: string,
  decider: Pick<Decider<S, Command, E>, 'initialState' | 'evolve' | 'snapshot'>,
): Promise<LoadedStream<S>> {
  const snapshot = decider.snapshot
    ? await streamSnapshots.read(sql, streamId, store.snapshotKey(decider.snapshot.key))
    : undefined;
  const from = snapshot?.version ?? 0;
  const events = await store.readStream(sql, streamId, from);
  const start = snapshot ? (snapshot.state as S) : decider.initialState();
  return { state: (events as unknown as E[]).reduce(decider.evolve, start), version: from + events.length };
}
