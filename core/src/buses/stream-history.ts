import type { Command, Decider, DomainEvent, Sql, StreamVersion } from '@hms/sdk';
import type { EventStore } from '../event-store/event-store';

/**
 * A stream's state after each of its events, oldest first, folded from the first event (a snapshot holds only the
 * newest state, so it cannot serve older versions). For a record's history (FHIR `_history`), which is short.
 */
export async function streamHistory<S, E extends DomainEvent>(
  sql: Sql,
  store: EventStore,
  streamId: string,
  decider: Pick<Decider<S, Command, E>, 'initialState' | 'evolve'>,
): Promise<readonly StreamVersion<S>[]> {
  const events = await store.readStream(sql, streamId);
  const versions: StreamVersion<S>[] = [];
  let state = decider.initialState();
  for (const event of events) {
    state = decider.evolve(state, event as unknown as E);
    versions.push({
      version: event.streamVersion,
      state,
      recordedAt: event.recordedAt.toISOString(),
      eventType: event.type,
    });
  }
  return versions;
}
