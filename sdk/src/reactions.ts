import type { RecordedEvent, Sql } from './context';
import type { CommandDefinition, EventDefinition, InputOf } from './messages';
import type { RecordedOf } from './projections';

/** A command a reaction asks for: sent through the kernel as the plugin's system actor. */
export interface ReactionCommand {
  readonly command: CommandDefinition;
  readonly data: unknown;
}

/** What a reaction may use while deciding which commands an event calls for: reads only. */
export interface ReactionContext {
  /** A read connection (the reaction's own plugin schema, to look something up). */
  readonly sql: Sql;
  /** The kernel's clock (ISO 8601). */
  readonly now: string;
}

/**
 * A process manager: follows the event store in global order (with a checkpoint, like an async projection) and
 * turns events into commands. The kernel derives each command's id from the reaction's name, the event's position
 * and the command's index, so a re-run (after a crash, on another instance) appends nothing twice. A command the
 * domain refuses (a 4xx error) is logged with ids only and skipped; any other error stops the reaction at that
 * event, which is tried again later.
 */
export interface ReactionDefinition {
  /** `'<plugin>.<kebab-name>'`, e.g. `'ehr.open-encounter-on-check-in'`. */
  readonly name: string;
  readonly handles: readonly EventDefinition[];
  react(event: RecordedEvent, ctx: ReactionContext): Promise<readonly ReactionCommand[]> | readonly ReactionCommand[];
}

/** A reaction as its author writes it: `react` receives the events of `handles`, typed by their schemas. */
export interface ReactionInput<H extends EventDefinition> {
  readonly name: string;
  readonly handles: readonly H[];
  react(event: RecordedOf<H>, ctx: ReactionContext): Promise<readonly ReactionCommand[]> | readonly ReactionCommand[];
}

/**
 * Defines a reaction (event → commands).
 * @example
 * export const openEncounterOnCheckIn = defineReaction({
 *   name: 'ehr.open-encounter-on-check-in', handles: [AppointmentCheckedIn],
 *   react: (event) => [reactWith(OpenEncounter, { patientId: event.data.patientId, class: 'outpatient' })],
 * });
 */
export function defineReaction<H extends EventDefinition>(definition: ReactionInput<H>): ReactionDefinition {
  // Stored untyped: the kernel hands each reaction only the event types it declared in `handles`.
  return Object.freeze({ ...definition }) as unknown as ReactionDefinition;
}

/**
 * Builds one command of a reaction's answer, typed by the command's schema.
 * @example
 * react: (event) => [reactWith(CloseEncounter, { encounterId, reason: 'discharged' })],
 */
export function reactWith<C extends CommandDefinition>(command: C, data: InputOf<C>): ReactionCommand {
  return { command, data };
}
