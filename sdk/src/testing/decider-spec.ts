import { isDeepStrictEqual, inspect } from 'node:util';
import type { Decider } from '../decider';
import { HmsError } from '../errors';
import type { Command, DomainEvent } from '../messages';

/** The fluent given/when/then of a decider test. */
export interface DeciderSpec<S, C extends Command, E extends DomainEvent> {
  given(events: readonly E[]): DeciderSpecWhen<S, C, E>;
}
// `_E` keeps the step's signature the decider's (given → when → then); the events are checked by value in `then`.
export interface DeciderSpecWhen<S, C extends Command, _E extends DomainEvent> {
  when(command: C): DeciderSpecThen<S>;
}
export interface DeciderSpecThen<S> {
  /** Asserts the decided events, in order. */
  then(expected: readonly DomainEvent[]): void;
  /** Asserts that `decide` refused with an {@link HmsError} of this code. */
  thenRejects(code: string): void;
  /** Asserts the state after folding the given and decided events. */
  thenState(expected: S): void;
}

/**
 * Tests a decider with given-events / when-command / then-events; fails with a readable diff.
 * @example
 * deciderSpec(patientDecider)
 *   .given([registered()])
 *   .when(updateDemographics({ familyName: 'Okafor' }))
 *   .then([demographicsUpdated({ familyName: 'Okafor' })]);
 */
export function deciderSpec<S, C extends Command, E extends DomainEvent>(
  decider: Decider<S, C, E>,
): DeciderSpec<S, C, E> {
  return {
    given: (events) => ({
      when: (command) => {
        const state = events.reduce((s, e) => decider.evolve(s, e), decider.initialState());
        const run = (): E[] => decider.decide(command, state);
        return {
          then(expected) {
            const actual = run();
            if (!isDeepStrictEqual(actual, expected)) {
              throw new Error(
                `Decided events differ.\nExpected: ${inspect(expected, { depth: 8 })}\nActual:   ${inspect(actual, { depth: 8 })}`,
              );
            }
          },
          thenRejects(code) {
            let thrown: unknown;
            try {
              run();
            } catch (error) {
              thrown = error;
            }
            if (!(thrown instanceof HmsError)) {
              throw new Error(
                `Expected decide to reject with ${code}, but it ${thrown ? `threw ${String(thrown)}` : 'decided'}`,
              );
            }
            if (thrown.code !== code) throw new Error(`Expected rejection ${code}, got ${thrown.code}`);
          },
          thenState(expected) {
            const after = run().reduce((s, e) => decider.evolve(s, e), state);
            if (!isDeepStrictEqual(after, expected)) {
              throw new Error(
                `State differs.\nExpected: ${inspect(expected, { depth: 8 })}\nActual:   ${inspect(after, { depth: 8 })}`,
              );
            }
          },
        };
      },
    }),
  };
}
