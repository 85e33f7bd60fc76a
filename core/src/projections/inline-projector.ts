import type { RecordedEvent, Sql } from '@hms/sdk';
import type { PluginRegistry } from '../kernel/plugin-registry';

/**
 * Runs inline projections inside the append's transaction, so the screen that just acted reads its own write.
 * A failing projection fails the command: the read model and the events never disagree.
 */
export class InlineProjector {
  private readonly byEventType = new Map<string, ((event: RecordedEvent, sql: Sql) => Promise<void>)[]>();

  constructor(registry: PluginRegistry) {
    for (const { item: projection } of registry.inlineProjections()) {
      for (const handled of projection.handles) {
        const list = this.byEventType.get(handled.type) ?? [];
        list.push((event, sql) => projection.evolve(event, sql));
        this.byEventType.set(handled.type, list);
      }
    }
  }

  async project(sql: Sql, events: readonly RecordedEvent[]): Promise<void> {
    for (const event of events) {
      for (const evolve of this.byEventType.get(event.type) ?? []) await evolve(event, sql);
    }
  }
}
