import type { Command, DomainEvent } from './messages';

/**
 * An aggregate as a decider: pure functions, no clock, randomness, database or logger.
 * `decide` may throw an {@link InvariantViolation}; `evolve` never throws, it only folds facts.
 * @example
 * export const patientDecider: Decider<PatientState, PatientCommand, PatientEvent> = {
 *   initialState, decide, evolve,
 * };
 */
export interface Decider<S, C extends Command, E extends DomainEvent> {
  initialState(): S;
  decide(command: C, state: S): E[];
  evolve(state: S, event: E): S;
  /**
   * Keep the folded state between commands (SDK 1.2), for streams that grow long (a patient's chart): the kernel
   * stores the state every `every` events, and later loads start from it instead of the first event. The state
   * must survive JSON (plain objects, arrays, strings, numbers, booleans, null) and be treated as immutable.
   */
  readonly snapshot?: SnapshotPolicy;
}

/** How a decider's state is kept between commands: see {@link Decider.snapshot}. */
export interface SnapshotPolicy {
  /**
   * Names the fold and the state's shape, e.g. `'ehr.chart/1'`. Deciders that share a stream and a fold share the
   * key. Change it whenever `initialState`, `evolve` or the state's shape changes: snapshots stored under another
   * key are ignored, and loads fold from the first event until the next snapshot. (The kernel adds the event
   * schemas in force to the stored key, so upcasters invalidate snapshots by themselves.)
   */
  readonly key: string;
  /** A snapshot is taken each time the stream passes a multiple of this many events (default 100). */
  readonly every?: number;
}

/**
 * Folds events into a state with a decider's `evolve`.
 * @example
 * const state = fold(patientDecider, events);
 */
export function fold<S, E extends DomainEvent>(
  decider: Pick<Decider<S, Command, E>, 'initialState' | 'evolve'>,
  events: readonly E[],
): S {
  return events.reduce((state, e) => decider.evolve(state, e), decider.initialState());
}
