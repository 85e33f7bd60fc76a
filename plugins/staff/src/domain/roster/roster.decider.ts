import { assertNever, InvariantViolation, type Command, type DataOf, type Decider, type DomainEvent } from '@hms/sdk';
import type { PublishRoster } from '../../contracts/roster.commands';
import type { RosterPublished } from '../../contracts/roster.events';
import { ROSTER_BREAKS_RULES, ROSTER_SHORT_STAFFED } from '../../errors';
import { defined, recordedBy } from '../defined';
import type { Breach } from './roster.model';

/**
 * The handler checks the roster ({@link checkRoster}) with the ward's staff, leave and rules, and passes the
 * breaches.
 */
export type PublishRosterCommand = Command<
  'staff.PublishRoster',
  DataOf<typeof PublishRoster> & {
    breaches: readonly Breach[];
    windows?: DataOf<typeof RosterPublished>['windows'];
  }
>;
export type RosterCommand = PublishRosterCommand;
export type RosterEvent = DomainEvent<'staff.RosterPublished', DataOf<typeof RosterPublished>>;

export type RosterState = { readonly status: 'draft' } | { readonly status: 'published'; readonly version: number };

export const initialState = (): RosterState => ({ status: 'draft' });

export function decide(command: RosterCommand, state: RosterState): RosterEvent[] {
  switch (command.type) {
    case 'staff.PublishRoster':
      return publish(command, state);
    default:
      return assertNever(command.type);
  }
}

/**
 * A roster that breaks a hard rule about a person (skill, licence, leave, overlap, rest, hours) is never published.
 * Shifts below their minimum are published only when the ward manager acknowledges them: sometimes there is
 * nobody, and the roster must still go out (the gaps are what the staffing office fills with bank staff).
 */
function publish({ data, meta }: PublishRosterCommand, state: RosterState): RosterEvent[] {
  const { wardId, period, assignments, acknowledgeShortfalls, breaches, windows } = data;
  const hard = breaches.filter((b) => b.severity === 'hard');
  const rules = [...new Set(hard.filter((b) => b.rule !== 'min-staff').map((b) => b.rule))];
  if (rules.length > 0) {
    throw new InvariantViolation(
      ROSTER_BREAKS_RULES,
      { wardId, rules },
      { message: `The roster breaks: ${rules.join(', ')}.` },
    );
  }
  const shortfalls = hard.length;
  if (shortfalls > 0 && !acknowledgeShortfalls) {
    throw new InvariantViolation(
      ROSTER_SHORT_STAFFED,
      { wardId, shortfalls },
      {
        message: `${shortfalls} shifts are below their minimum staffing; acknowledge them to publish.`,
      },
    );
  }
  const version = state.status === 'published' ? state.version + 1 : 1;
  return [
    {
      type: 'staff.RosterPublished',
      data: defined({
        ...recordedBy(meta),
        wardId,
        period,
        version,
        assignments: [...assignments],
        shortfalls,
        windows,
      }),
    },
  ];
}

export function evolve(_state: RosterState, event: RosterEvent): RosterState {
  return { status: 'published', version: event.data.version };
}

export const rosterDecider: Decider<RosterState, RosterCommand, RosterEvent> = { initialState, decide, evolve };
