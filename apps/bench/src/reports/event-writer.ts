import { randomUUID } from 'node:crypto';
import type { Kernel } from '@hms/core';
import type { TimedEvent } from './synthetic-stays';

/** Events written per statement: large enough that a million events take a few hundred round trips. */
const CHUNK = 5000;

/**
 * Writes timed events through the core's event store in bulk (`EventStore.appendMany`, one INSERT per chunk),
 * in the order given, each stream's versions counted here. This is how the seed reaches a million events in
 * seconds rather than the hour one command at a time would take; the inline projections of the patient plugin
 * are not run (the benchmark reads only analytics' async read models, which follow the store as in production).
 */
export class EventWriter {
  private readonly versions = new Map<string, number>();
  private pending: TimedEvent[] = [];
  written = 0;

  constructor(private readonly kernel: Kernel) {}

  async add(events: readonly TimedEvent[]): Promise<void> {
    for (const e of events) this.pending.push(e);
    while (this.pending.length >= CHUNK) await this.write(this.pending.splice(0, CHUNK));
  }

  async flush(): Promise<void> {
    if (this.pending.length > 0) await this.write(this.pending.splice(0));
  }

  /** Forgets the version of a stream that will get no more events (keeps the map small over a year of appointments). */
  forget(streamId: string): void {
    this.versions.delete(streamId);
  }

  private async write(chunk: readonly TimedEvent[]): Promise<void> {
    const appends = chunk.map((e) => {
      const fromVersion = this.versions.get(e.streamId) ?? 0;
      this.versions.set(e.streamId, fromVersion + 1);
      const commandId = randomUUID();
      return {
        streamId: e.streamId,
        fromVersion,
        events: [e.event],
        retryable: false,
        meta: { actorId: 'bench-seed', commandId, correlationId: commandId, causationId: commandId, plugin: 'patient' },
      };
    });
    await this.kernel.db.transaction(async (sql) => {
      const { conflicts } = await this.kernel.store.appendMany(sql, appends);
      if (conflicts.length > 0) throw new Error(`Stream versions taken: ${conflicts[0]?.streamId}`);
    });
    this.written += chunk.length;
  }
}
