import {
  fold, type Command, type DecideResult, type Decider, type DomainEvent, type EventMeta,
  type ExpectedVersion, type LoadedStream, type RecordedEvent, type Sql, type Streams,
} from '@hms/sdk';
import type { EventStore } from '../event-store/event-store';
import { StreamVersionConflict } from '../event-store/stream-version-conflict';
import type { PluginRegistry } from '../kernel/plugin-registry';
import type { InlineProjector } from '../projections/inline-projector';

/**
 * The `Streams` a command handler gets: load, fold, decide and append inside the command's transaction, then
 * run the inline projections on what was appended. Events must be declared by the acting plugin and match
 * their schema; a decider that emits anything else is a bug caught here, before it becomes history.
 */
export class TransactionStreams implements Streams {
  readonly appended: RecordedEvent[] = [];

  constructor(
    private readonly sql: Sql,
    private readonly store: EventStore,
    private readonly registry: PluginRegistry,
    private readonly projector: InlineProjector,
    private readonly meta: EventMeta,
  ) {}

  load<S, E extends DomainEvent>(
    streamId: string,
    decider: Pick<Decider<S, Command, E>, 'initialState' | 'evolve'>,
  ): Promise<LoadedStream<S>> {
    return loadStream(this.sql, this.store, streamId, decider);
  }

  async decide<S, C extends Command, E extends DomainEvent>(
    streamId: string,
    decider: Decider<S, C, E>,
    command: C,
    options: { expectedVersion?: ExpectedVersion } = {},
  ): Promise<DecideResult<E>> {
    const expected = options.expectedVersion;
    // A stream the command creates cannot have history: skip the read, the unique version catches a clash.
    const loaded = expected === 'no-stream'
      ? { state: decider.initialState(), version: 0 }
      : await this.load(streamId, decider);
    if (typeof expected === 'number' && expected !== loaded.version) {
      throw new StreamVersionConflict(streamId, expected, false);
    }
    const events = decider.decide(command, loaded.state);
    events.forEach((e) => this.checkDeclared(e));
    const recorded = await this.store.append(this.sql, {
      streamId,
      expectedVersion: loaded.version,
      events,
      meta: this.meta,
      retryable: expected === undefined || expected === 'any',
    });
    await this.projector.project(this.sql, recorded);
    this.appended.push(...recorded);
    return { events, version: loaded.version + events.length };
  }

  private checkDeclared(event: DomainEvent): void {
    const definition = this.registry.events.get(event.type);
    if (!definition || definition.plugin !== this.meta.plugin) {
      throw new Error(`Plugin ${this.meta.plugin} emitted event ${event.type}, which it does not declare`);
    }
    // A bad event is a bug in the plugin, not bad input: it must not surface as a 400.
    const result = definition.item.schema.safeParse(event.data);
    if (!result.success) throw new Error(`Plugin ${this.meta.plugin} emitted ${event.type} not matching its schema: ${result.error.message}`);
  }
}

/** Reads a stream and folds it into its current state and version. */
export async function loadStream<S, E extends DomainEvent>(
  sql: Sql,
  store: EventStore,
  streamId: string,
  decider: Pick<Decider<S, Command, E>, 'initialState' | 'evolve'>,
): Promise<LoadedStream<S>> {
  const events = await store.readStream(sql, streamId);
  return { state: fold(decider, events as unknown as E[]), version: events.length };
}
