import type { RecordedEvent, Sql } from '@hms/sdk';
import type { EventStore } from '../event-store/event-store';
import type { PendingCommand } from './pending-command';

/**
 * The stored events of the streams one batch reads, each stream read at most once per transaction. Nothing the
 * batch decides is written before its one append at the end, so what is stored stays what it was for the whole
 * batch (the batch's own decisions come from its ledger). The streams the commands name in `preload` are read
 * together, in one round trip, before the first handler runs; any other stream when it is first loaded. A stream
 * another writer changes meanwhile is caught as before: the append at the end finds the version taken.
 */
export class BatchStreamReads {
  private readonly stored = new Map<string, readonly RecordedEvent[]>();

  constructor(
    private readonly sql: Sql,
    private readonly store: EventStore,
  ) {}

  /** Reads, in one statement, the streams the commands say they will load. */
  async preload(commands: readonly Pick<PendingCommand, 'registration' | 'data' | 'prepared'>[]): Promise<void> {
    const named = commands.flatMap((c) => c.registration.preload?.(c.data as never, c.prepared) ?? []);
    const missing = [...new Set(named)].filter((id) => !this.stored.has(id));
    if (missing.length === 0) return;
    for (const [id, events] of await this.store.readStreams(this.sql, missing)) this.stored.set(id, events);
  }

  /** The stream's stored events in version order. */
  async read(streamId: string): Promise<readonly RecordedEvent[]> {
    const known = this.stored.get(streamId);
    if (known) return known;
    const events = await this.store.readStream(this.sql, streamId);
    this.stored.set(streamId, events);
    return events;
  }
}
