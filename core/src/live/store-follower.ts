import type { RecordedEvent } from '@hms/sdk';
import type { Database } from '../database/database';
import type { EventStore } from '../event-store/event-store';
import { START_OF_STORE, type GlobalCursor } from '../event-store/global-cursor';

const BATCH_SIZE = 500;

/**
 * Follows the event store in global order from the moment it starts, handing each batch to `deliver`. Reading the
 * store (rather than listening to this process's appends) is what makes the live channel see commands from every
 * API instance, worker and CLI; `readAll` stops below the oldest running transaction, so no event committed late
 * is skipped. No checkpoint is kept: a browser that was away refreshes its screen when it reconnects.
 */
export class StoreFollower {
  private cursor: GlobalCursor | undefined;
  private running = false;
  private loop: Promise<void> | undefined;
  private wake: (() => void) | undefined;

  constructor(
    private readonly db: Database,
    private readonly store: EventStore,
    private readonly deliver: (events: readonly RecordedEvent[]) => void | Promise<void>,
    private readonly pollMs = 500,
    private readonly onError: (error: unknown) => void = () => undefined,
  ) {}

  /** Starts after the events already visible now: only what happens from here on is announced. */
  async start(): Promise<void> {
    if (this.running) return;
    this.cursor = await this.store.headCursor(this.db);
    this.running = true;
    this.loop = this.follow();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
    this.loop = undefined;
  }

  /** Reads one batch after the last event delivered; answers how many events it delivered. */
  async poll(): Promise<number> {
    const read = await this.store.readAll(this.db, { after: this.cursor ?? START_OF_STORE, limit: BATCH_SIZE });
    const last = read.at(-1);
    if (!last) return 0;
    this.cursor = last.cursor;
    await this.deliver(read.map(({ event }) => event));
    return read.length;
  }

  private async follow(): Promise<void> {
    while (this.running) {
      try {
        while (this.running && (await this.poll()) === BATCH_SIZE) {
          // keep going while batches come back full
        }
      } catch (error) {
        this.onError(error); // the same batch is read again on the next round
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, this.pollMs);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wake = undefined;
    }
  }
}
