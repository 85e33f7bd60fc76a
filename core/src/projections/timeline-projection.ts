import type { EventDefinition, ProjectionContext, ProjectionDefinition } from '@hms/sdk';

/**
 * How the enabled plugins' events describe themselves on a patient's timeline, for every projection's `context`:
 * each event definition's own `timeline`, so a timeline shows events of plugins it does not know.
 */
export function projectionContext(events: ReadonlyMap<string, EventDefinition>): ProjectionContext {
  return {
    describeOnTimeline(event) {
      const definition = events.get(event.type);
      if (!definition?.timeline) return undefined;
      return definition.timeline(event.data as never);
    },
  };
}

/**
 * A projection as the kernel runs it: with `timelineEvents`, its `handles` also hold every enabled event type that
 * declares a timeline description (its own first, no type twice), and `evolve` gets the projection context.
 */
export function bindProjection(
  projection: ProjectionDefinition,
  events: ReadonlyMap<string, EventDefinition>,
  context: ProjectionContext,
): ProjectionDefinition {
  const described = projection.timelineEvents ? [...events.values()].filter((e) => e.timeline !== undefined) : [];
  const own = new Set(projection.handles.map((h) => h.type));
  const handles = [...projection.handles, ...described.filter((e) => !own.has(e.type))];
  const { evolveBatch } = projection;
  return Object.freeze({
    ...projection,
    handles,
    evolve: (event, sql) => projection.evolve(event, sql, context),
    ...(evolveBatch ? { evolveBatch: (batch, sql) => evolveBatch.call(projection, batch, sql, context) } : {}),
  } satisfies ProjectionDefinition);
}
