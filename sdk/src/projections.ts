import type { RecordedEvent, Sql } from './context';
import type { EventDefinition } from './messages';

/** The recorded events a projection handling `H` receives, typed by each definition's schema. */
export type RecordedOf<H extends EventDefinition> = H extends EventDefinition<infer T, infer D> ? RecordedEvent<T, D> : never;

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
  evolve(event: RecordedEvent, sql: Sql): Promise<void>;
  evolveBatch?(events: readonly RecordedEvent[], sql: Sql): Promise<void>;
}

/** A projection as its author writes it: `evolve` receives the events of `handles`, typed by their schemas. */
export interface ProjectionInput<H extends EventDefinition> {
  readonly name: string;
  readonly mode?: 'inline' | 'async';
  readonly handles: readonly H[];
  readonly tables: readonly string[];
  evolve(event: RecordedOf<H>, sql: Sql): Promise<void>;
  /**
   * Optional: the same as calling `evolve` on each event in order, in fewer statements. The kernel hands it the
   * events of one write (a batch of commands, a catch-up or rebuild batch) that this projection handles.
   */
  evolveBatch?(events: readonly RecordedOf<H>[], sql: Sql): Promise<void>;
}

/**
 * Defines a projection.
 * @example
 * export const patientDirectoryProjection = defineProjection({
 *   name: 'patient.directory', mode: 'inline', handles: [PatientRegistered], tables: ['patient.directory'],
 *   async evolve(event, sql) { … },
 * });
 */
export function defineProjection<H extends EventDefinition>(definition: ProjectionInput<H>): ProjectionDefinition {
  // Stored untyped: the kernel hands each projection only the event types it declared in `handles`.
  return Object.freeze({ ...definition, mode: definition.mode ?? 'async' }) as unknown as ProjectionDefinition;
}
