import type { Sql } from '@hms/sdk';
import type { EventStore, StreamFromSnapshot } from '../event-store/event-store';
import { streamSnapshots } from '../event-store/stream-snapshots';
import type { PendingCommand } from './pending-command';

/** What is stored of a stream: its events after `from` (0: all of them), and the snapshot they follow, if any. */
export type StoredStream = StreamFromSnapshot;

/**
 * The stored events of the streams one batch reads, each stream read at most once per transaction. Nothing the
 * batch decides is written before its one append at the end, so what is stored stays what it was for the whole
 * batch (the batch's own decisions come from its ledger). The streams the commands name in `preload` are read
 * together in one round trip before the first handler runs, each from its newest snapshot; any other stream when
 * it is first loaded, from its snapshot when the loading decider keeps one. A fold whose snapshot key is not the
 * one read (another fold of the stream, or none) reads the stream again for itself. A stream another writer
 * changes meanwhile is caught as before: the append at the end finds the version taken.
 */
export class BatchStreamReads {
  private readonly stored = new Map<string, StoredStream>();

  constructor(
    private readonly sql: Sql,
    private readonly store: EventStore,
  ) {}

  /** Reads, in one statement, the streams the commands say they will load. */
  async preload(commands: readonly Pick<PendingCommand, 'registration' | 'data' | 'prepared'>[]): Promise<void> {
    const named = commands.flatMap((c) => c.registration.preload?.(c.data as never, c.prepared) ?? []);
    const missing = [...new Set(named)].filter((id) => !this.stored.has(id));
    if (missing.length === 0) return;
    for (const [id, stream] of await this.store.readStreamsFromSnapshots(this.sql, missing))
      this.stored.set(id, stream);
  }

  /** The stored key of a decider's snapshot policy key (see `EventStore.snapshotKey`). */
  snapshotKey(policyKey: string): string {
    return this.store.snapshotKey(policyKey);
  }

  /**
   * The stream as stored: whole, or after the snapshot stored under `snapshotKey` when there is one (two short reads
   * instead
   * of every event). A stream already read whole serves every fold.
   */
  async read(streamId: string, snapshotKey?: string): Promise<StoredStream> {
    const known = this.stored.get(streamId);
    if (known && (known.from === 0 || known.snapshot?.key === snapshotKey)) return known;
    const snapshot =
      snapshotKey === undefined ? undefined : await streamSnapshots.read(this.sql, streamId, snapshotKey);
    const from = snapshot?.version ?? 0;
    const read: StoredStream = {
      from,
      ...(snapshot ? { snapshot: { key: snapshot.key, state: snapshot.state } } : {}),
      events: await this.store.readStream(this.sql, streamId, from),
    };
    this.stored.set(streamId, read);
    return read;
  }
}
