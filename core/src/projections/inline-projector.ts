import type { ProjectionDefinition, RecordedEvent, Sql } from '@hms/sdk';
import type { PluginRegistry } from '../kernel/plugin-registry';
import { applyToProjection } from './apply-to-projection';

/**
 * Runs inline projections inside the append's transaction, so the screen that acted reads its own write as soon
 * as the command returns. A failing projection fails the command: the read model and the events never disagree.
 * Projections own separate tables, so each takes all of a write's events at once.
 */
export class InlineProjector {
  private readonly projections: readonly ProjectionDefinition[];

  constructor(registry: PluginRegistry) {
    this.projections = registry.inlineProjections().map((p) => p.item);
  }

  async project(sql: Sql, events: readonly RecordedEvent[]): Promise<void> {
    if (events.length === 0) return;
    for (const projection of this.projections) await applyToProjection(projection, events, sql);
  }
}
