import type { ProjectionDefinition, Sql } from '@hms/sdk';
import type { Database } from '../database/database';
import type { EventStore } from '../event-store/event-store';
import type { PluginRegistry } from '../kernel/plugin-registry';
import { applyToProjection } from './apply-to-projection';
import { START_OF_STORE } from '../event-store/global-cursor';
import { lockCheckpoint, saveCheckpoint } from './checkpoints';

const BATCH_SIZE = 1000;

/**
 * Rebuilds one projection from zero in a single transaction: readers keep the old read model until the new one
 * commits. TRUNCATE holds off inline writers (they touch the same tables), and the checkpoint lock holds off the
 * async runner, so the replay and live appends cannot interleave.
 */
export class ProjectionRebuilder {
  constructor(
    private readonly db: Database,
    private readonly store: EventStore,
    private readonly registry: PluginRegistry,
  ) {}

  async rebuild(name: string): Promise<{ events: number }> {
    const projection = this.projection(name);
    return this.db.transaction((sql) => this.replay(sql, projection));
  }

  /** The enabled projection of that name; an unknown name is the operator's typo, answered with the known ones. */
  projection(name: string): ProjectionDefinition {
    const owned = this.registry.projection(name);
    if (!owned) {
      const known = this.registry.projections.map((p) => p.item.name).join(', ') || 'none';
      throw new Error(`No enabled plugin has a projection named "${name}" (known: ${known})`);
    }
    return owned.item;
  }

  /** Empties the projection's tables and applies every event it handles, in `sql`'s transaction. */
  async replay(sql: Sql, projection: ProjectionDefinition): Promise<{ events: number }> {
    await lockCheckpoint(sql, projection.name);
    if (projection.tables.length > 0) await sql.query(`TRUNCATE ${projection.tables.join(', ')}`);
    let after = START_OF_STORE;
    let applied = 0;
    for (;;) {
      const events = await this.store.readAll(sql, {
        after,
        limit: BATCH_SIZE,
        types: projection.handles.map((h) => h.type),
        // Inline writers are locked out by TRUNCATE, so every committed event belongs in the model now.
        belowRunningTransactions: projection.mode === 'async',
      });
      await applyToProjection(
        projection,
        events.map((read) => read.event),
        sql,
      );
      applied += events.length;
      const last = events.at(-1);
      if (!last) break;
      after = last.cursor;
    }
    await saveCheckpoint(sql, projection.name, after);
    return { events: applied };
  }
}
