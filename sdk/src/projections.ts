import type { RecordedEvent, Sql } from './context';
import type { EventDefinition } from './messages';
import type { ProjectionContext } from './timeline';

/** The recorded events a projection handling `H` receives, typed by each definition's schema. */
export type RecordedOf<H extends EventDefinition> =
  H extends EventDefinition<infer T, infer D> ? RecordedEvent<T, D> : never;

/**
 * A read model fed by events.
 * - `inline`: runs in the append's transaction (read-your-writes for the screen that just acted).
 * - `async`: follows the store in global order with a checkpoint, committed with its writes.
 * Either can be rebuilt from zero (`hms projections rebuild <name>`): the kernel empties `tables` and replays, so
 * `evolve` must give the same read model when run again over the same events.
 */
export interface ProjectionDefinition {
  readonly name: string;
  readonly mode: 'inline' | 'async';
  readonly handles: readonly EventDefinition[];
  /** Tables (schema-qualified) this projection owns; emptied before a rebuild. */
  readonly tables: readonly string[];
  /**
   * Also receives every enabled plugin's event type whose definition declares a `timeline` description (since SDK
   * 1.1); the kernel adds them to `handles` at start-up.
   */
  readonly timelineEvents?: boolean;
  /**
   * The kernel always gives `context`; optional in this stored type so that code calling `evolve` directly still
   * compiles.
   */
  evolve(event: RecordedEvent, sql: Sql, context?: ProjectionContext): Promise<void>;
  evolveBatch?(events: readonly RecordedEvent[], sql: Sql, context?: ProjectionContext): Promise<void>;
}

/** A projection as its author writes it: `evolve` receives the events of `handles`, typed by their schemas. */
export interface ProjectionInput<H extends EventDefinition> {
  readonly name: string;
  readonly mode?: 'inline' | 'async';
  readonly handles: readonly H[];
  readonly tables: readonly string[];
  /**
   * Also take every enabled plugin's events that describe themselves on a patient's timeline (`defineEvent(…,
   * { timeline })`), whichever plugin declares them: `evolve` then also receives those (typed as `RecordedEvent`)
   * and reads them through `context.describeOnTimeline`. A plugin enabled later brings its types with it; events
   * it stored before this projection took them appear after a rebuild.
   */
  readonly timelineEvents?: boolean;
  evolve(event: RecordedOf<H>, sql: Sql, context: ProjectionContext): Promise<void>;
  /**
   * Optional: the same as calling `evolve` on each event in order, in fewer statements. The kernel hands it the
   * events of one write (a batch of commands, a catch-up or rebuild batch) that this projection handles.
   */
  evolveBatch?(events: readonly RecordedOf<H>[], sql: Sql, context: ProjectionContext): Promise<void>;
}

/**
 * Defines a projection.
 * @example
 * export const patientDirectoryProjection = defineProjection({
 *   name: 'patient.directory', mode: 'inline', handles: [PatientRegistered], tables: ['patient.directory'],
 *   async evolve(event, sql) { … },
 * });
 * // Any plugin's events that describe themselves on the timeline, besides the plugin's own:
 * export const patientTimelineProjection = defineProjection({
 *   name: 'patient.timeline', handles: [PatientRegistered], timelineEvents: true, tables: ['patient.timeline'],
 *   async evolve(event, sql, context) { const entry = context.describeOnTimeline(event); … },
 * });
 */
export function defineProjection<H extends EventDefinition>(definition: ProjectionInput<H>): ProjectionDefinition {
  // Stored untyped: the kernel hands each projection only the event types it declared in `handles`.
  return Object.freeze({ ...definition, mode: definition.mode ?? 'async' }) as unknown as ProjectionDefinition;
}
