import type { ProjectionDefinition } from '@hms/sdk';
import type { Database } from '../database/database';
import type { EventStore } from '../event-store/event-store';
import { applyToProjection } from './apply-to-projection';
import { hasPendingEvents, headPosition, lockCheckpoint, saveCheckpoint } from './checkpoints';

const BATCH_SIZE = 500;

/**
 * Follows the store for the async projections: each batch reads events after the checkpoint (never past a
 * transaction still running), applies them and moves the checkpoint in the same transaction, so a crash replays
 * nothing twice and skips nothing. Wakes on appends in this process and polls for other processes' appends.
 */
export class AsyncProjector {
  private running = false;
  private wake: (() => void) | undefined;
  private loop: Promise<void> | undefined;

  constructor(
    private readonly db: Database,
    private readonly store: EventStore,
    private readonly projections: readonly ProjectionDefinition[],
    private readonly pollMs = 500,
    private readonly onError: (projection: string, error: unknown) => void = () => undefined,
  ) {}

  /** Applies at most one batch to one projection; answers how many events it applied. */
  async runBatch(projection: ProjectionDefinition): Promise<number> {
    return this.db.transaction(async (sql) => {
      const after = await lockCheckpoint(sql, projection.name);
      const events = await this.store.readAll(sql, {
        after, limit: BATCH_SIZE, types: projection.handles.map((h) => h.type),
      });
      await applyToProjection(projection, events, sql);
      const last = events.at(-1);
      if (last) await saveCheckpoint(sql, projection.name, last.position);
      return events.length;
    });
  }

  /**
   * Applies every event committed before the call to every async projection. Transaction ids are cluster-wide,
   * so a long transaction anywhere on the server (even in another database) holds the read horizon back; this
   * waits for it rather than stopping short (at most `timeoutMs`).
   */
  async catchUp(timeoutMs = 30_000): Promise<void> {
    const target = await headPosition(this.db);
    const deadline = Date.now() + timeoutMs;
    for (const projection of this.projections) {
      for (;;) {
        const applied = await this.runBatch(projection);
        if (applied === BATCH_SIZE) continue;
        if (!(await hasPendingEvents(this.db, projection.name, target, projection.handles.map((h) => h.type)))) break;
        if (Date.now() > deadline) throw new Error(`Projection ${projection.name} did not catch up within ${timeoutMs} ms`);
        if (applied === 0) await new Promise((resolve) => setTimeout(resolve, 10));
      }
    }
  }

  start(): void {
    if (this.running || this.projections.length === 0) return;
    this.running = true;
    this.loop = this.follow();
  }

  /** Called after a local append; the next batch starts at once instead of at the next poll. */
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
      for (const projection of this.projections) {
        try {
          while (this.running && (await this.runBatch(projection)) === BATCH_SIZE) {
            // keep going while batches come back full
          }
        } catch (error) {
          // The batch rolled back with its checkpoint: it is retried on the next round.
          this.onError(projection.name, error);
        }
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
