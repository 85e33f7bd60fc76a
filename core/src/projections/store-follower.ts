import type { Database } from '../database/database';
import { hasPendingEvents, headPosition } from './checkpoints';

/** One follower of the store (an async projection, a reaction): its checkpoint, its event types, one batch. */
export interface FollowerTask {
  readonly name: string;
  readonly checkpoint: string;
  readonly types: readonly string[];
  /** Handles at most `batchSize` events after the checkpoint; answers how many it handled. */
  runBatch(): Promise<number>;
}

export interface StoreFollowerOptions {
  readonly batchSize: number;
  readonly pollMs: number;
  readonly onError: (task: string, error: unknown) => void;
}

/**
 * Follows the event store for a set of tasks: in the background (woken by local appends, polling for other
 * processes' appends) and on demand (`catchUp`, for tests, rebuilds and `settle`). A failing batch leaves its
 * checkpoint where it was, so the next round retries it; one task's failure never stops the others.
 */
export class StoreFollower {
  private running = false;
  private wake: (() => void) | undefined;
  private loop: Promise<void> | undefined;

  constructor(
    private readonly db: Database,
    private readonly tasks: readonly FollowerTask[],
    private readonly options: StoreFollowerOptions,
  ) {}

  /**
   * Handles every event committed before the call; answers how many. Transaction ids are cluster-wide, so a long
   * transaction anywhere on the server (even in another database) holds the read horizon back: this waits for it
   * rather than stopping short (at most `timeoutMs`).
   */
  async catchUp(timeoutMs = 30_000): Promise<number> {
    const target = await headPosition(this.db);
    const deadline = Date.now() + timeoutMs;
    let handled = 0;
    for (const task of this.tasks) {
      for (;;) {
        const count = await task.runBatch();
        handled += count;
        if (count === this.options.batchSize) continue;
        if (!(await hasPendingEvents(this.db, task.checkpoint, target, task.types))) break;
        if (Date.now() > deadline) throw new Error(`${task.name} did not catch up within ${timeoutMs} ms`);
        if (count === 0) await new Promise((resolve) => setTimeout(resolve, 10));
      }
    }
    return handled;
  }

  start(): void {
    if (this.running || this.tasks.length === 0) return;
    this.running = true;
    this.loop = this.follow();
  }

  /** Called after a local append; the next round starts at once instead of at the next poll. */
  nudge(): void {
    this.wake?.();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
  }

  private async follow(): Promise<void> {
    while (this.running) {
      for (const task of this.tasks) {
        try {
          while (this.running && (await task.runBatch()) === this.options.batchSize) {
            // keep going while batches come back full
          }
        } catch (error) {
          this.options.onError(task.name, error);
        }
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, this.options.pollMs);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wake = undefined;
    }
  }
}
