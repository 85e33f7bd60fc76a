import type { ProjectionDefinition } from '@hms/sdk';
import type { Database } from '../database/database';
import type { EventStore } from '../event-store/event-store';
import { applyToProjection } from './apply-to-projection';
import { lockCheckpoint, saveCheckpoint } from './checkpoints';
import { StoreFollower } from './store-follower';

const BATCH_SIZE = 500;

/**
 * Follows the store for the async projections: each batch reads events after the checkpoint (never past a
 * transaction still running), applies them and moves the checkpoint in the same transaction, so a crash replays
 * nothing twice and skips nothing. Wakes on appends in this process and polls for other processes' appends.
 */
export class AsyncProjector {
  private readonly follower: StoreFollower;

  constructor(
    private readonly db: Database,
    private readonly store: EventStore,
    projections: readonly ProjectionDefinition[],
    pollMs = 500,
    onError: (projection: string, error: unknown) => void = () => undefined,
  ) {
    const tasks = projections.map((projection) => ({
      name: projection.name,
      checkpoint: projection.name,
      types: projection.handles.map((h) => h.type),
      runBatch: () => this.runBatch(projection),
    }));
    this.follower = new StoreFollower(db, tasks, { batchSize: BATCH_SIZE, pollMs, onError });
  }

  /** Applies at most one batch to one projection; answers how many events it applied. */
  async runBatch(projection: ProjectionDefinition): Promise<number> {
    return this.db.transaction(async (sql) => {
      const after = await lockCheckpoint(sql, projection.name);
      const events = await this.store.readAll(sql, {
        after,
        limit: BATCH_SIZE,
        types: projection.handles.map((h) => h.type),
      });
      await applyToProjection(
        projection,
        events.map((read) => read.event),
        sql,
      );
      const last = events.at(-1);
      if (last) await saveCheckpoint(sql, projection.name, last.cursor);
      return events.length;
    });
  }

  /** Applies every event committed before the call to every async projection (see {@link StoreFollower.catchUp}). */
  async catchUp(timeoutMs = 30_000): Promise<void> {
    await this.follower.catchUp(timeoutMs);
  }

  start(): void {
    this.follower.start();
  }

  /** Called after a local append of events of `types`: the followers of those types run at once. */
  nudge(types?: Iterable<string>): void {
    this.follower.nudge(types);
  }

  stop(): Promise<void> {
    return this.follower.stop();
  }
}
