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
