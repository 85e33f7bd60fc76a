import type { RecordedEvent, Sql } from './context';
import type { EventDefinition } from './messages';

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
}

/**
 * Defines a projection.
 * @example
 * export const patientDirectoryProjection = defineProjection({
 *   name: 'patient.directory', mode: 'inline', handles: [PatientRegistered], tables: ['patient.directory'],
 *   async evolve(event, sql) { … },
 * });
 */
export function defineProjection(definition: Omit<ProjectionDefinition, 'mode'> & { mode?: 'inline' | 'async' }): ProjectionDefinition {
  return Object.freeze({ ...definition, mode: definition.mode ?? 'async' });
}
