import type { ProjectionDefinition, RecordedEvent, Sql } from '@hms/sdk';

/** Applies events to a projection in order: the ones it handles, in one call when it can take them as a batch. */
export async function applyToProjection(
  projection: ProjectionDefinition,
  events: readonly RecordedEvent[],
  sql: Sql,
): Promise<void> {
  const handled = new Set<string>(projection.handles.map((h) => h.type));
  const mine = events.filter((e) => handled.has(e.type));
  if (mine.length === 0) return;
  if (projection.evolveBatch) return projection.evolveBatch(mine, sql);
  for (const event of mine) await projection.evolve(event, sql);
}
