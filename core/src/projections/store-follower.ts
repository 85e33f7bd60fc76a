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
  /**
   * Rounds woken by local appends start at most this often (default 25 ms): under load one round serves the
   * appends of many commands instead of each commit paying a round of reads and checkpoint writes.
   */
  readonly coalesceMs?: number;
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
  /** An append happened since the current round began: the round may have missed it. */
  private nudged = false;
  /** Tasks with a local append of one of their types since their last batch began (all of them after a poll). */
  private readonly dirty = new Set<FollowerTask>();
  /** When every task last ran: at least once per poll interval, however busy the local appends keep it. */
  private lastFullRound = Number.NEGATIVE_INFINITY;
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

  /**
   * Called after a local append of events of `types` (any type when absent): the tasks that handle one of them run
   * at once instead of at the next poll. The others wait for the poll, which runs every task (other processes'
   * appends reach them that way).
   */
  nudge(types?: Iterable<string>): void {
    let relevant = false;
    const appended = types === undefined ? undefined : new Set(types);
    for (const task of this.tasks) {
      if (appended && !task.types.some((type) => appended.has(type))) continue;
      this.dirty.add(task);
      relevant = true;
    }
    if (!relevant) return;
    this.nudged = true;
    this.wake?.();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
  }

  private async follow(): Promise<void> {
    const coalesceMs = this.options.coalesceMs ?? 25;
    while (this.running) {
      this.nudged = false;
      const began = Date.now();
      const full = began - this.lastFullRound >= this.options.pollMs;
      if (full) this.lastFullRound = began;
      const due = full ? this.tasks : this.tasks.filter((task) => this.dirty.has(task));
      for (const task of due) {
        this.dirty.delete(task);
        try {
          while (this.running && (await task.runBatch()) === this.options.batchSize) {
            // keep going while batches come back full
          }
        } catch (error) {
          this.options.onError(task.name, error);
        }
      }
      // Appended during the round: go again (it may have read before the commit). Otherwise wait for a nudge
      // or the poll, whichever comes first.
      if (!this.nudged && this.running) await this.sleep(this.lastFullRound + this.options.pollMs - Date.now());
      const gap = began + coalesceMs - Date.now();
      if (this.running && gap > 0) await new Promise((resolve) => setTimeout(resolve, gap));
    }
  }

  /** Waits `ms` or until woken. */
  private async sleep(ms: number): Promise<void> {
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, Math.max(0, ms));
      this.wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
    this.wake = undefined;
  }
}
