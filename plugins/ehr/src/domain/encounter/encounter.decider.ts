import {
  assertNever,
  InvariantViolation,
  NotFoundError,
  type Command,
  type DataOf,
  type Decider,
  type DomainEvent,
} from '@hms/sdk';
import type { EncounterClosed, EncounterOpened } from '../../contracts/encounter-events';
import type { EncounterClass } from '../../contracts/schemas';
import {
  ENCOUNTER_ALREADY_OPEN,
  ENCOUNTER_CLOSED,
  ENCOUNTER_NOT_FOUND,
  ENCOUNTER_TIME_OUT_OF_ORDER,
} from '../../errors';

export type OpenEncounterCommand = Command<
  'ehr.OpenEncounter',
  {
    encounterId: string;
    patientId: string;
    class: EncounterClass;
    appointmentId?: string;
    stayId?: string;
    reason?: string;
    /** The visit's or stay's own start (a check-in, an admission); the command's time when absent. */
    startedAt?: string;
  }
>;
export type CloseEncounterCommand = Command<
  'ehr.CloseEncounter',
  { encounterId: string; because: 'completed' | 'discharged'; endedAt?: string }
>;
export type EncounterCommand = OpenEncounterCommand | CloseEncounterCommand;

export type EncounterOpenedEvent = DomainEvent<'ehr.EncounterOpened', DataOf<typeof EncounterOpened>>;
export type EncounterClosedEvent = DomainEvent<'ehr.EncounterClosed', DataOf<typeof EncounterClosed>>;
export type EncounterEvent = EncounterOpenedEvent | EncounterClosedEvent;

interface EncounterFacts {
  readonly encounterId: string;
  readonly patientId: string;
  readonly class: EncounterClass;
  readonly openedAt: string;
  readonly appointmentId?: string;
  readonly stayId?: string;
  readonly reason?: string;
}
/** One visit or stay: not yet opened, open (the record is being written), closed. */
export type EncounterState =
  | { readonly status: 'none' }
  | ({ readonly status: 'open' } & EncounterFacts)
  | ({
      readonly status: 'closed';
      readonly closedAt: string;
      readonly because: 'completed' | 'discharged';
    } & EncounterFacts);

export const initialState = (): EncounterState => ({ status: 'none' });

export function decide(command: EncounterCommand, state: EncounterState): EncounterEvent[] {
  switch (command.type) {
    case 'ehr.OpenEncounter': {
      if (state.status !== 'none') {
        throw new InvariantViolation(
          ENCOUNTER_ALREADY_OPEN,
          { encounterId: command.data.encounterId },
          { message: 'This encounter was already opened.' },
        );
      }
      const { appointmentId, stayId, reason, startedAt, ...rest } = command.data;
      const openedAt = startedAt ?? command.meta.now;
      if (openedAt > command.meta.now) throw timeOutOfOrder('An encounter cannot start in the future.', openedAt);
      const optional = {
        ...(appointmentId ? { appointmentId } : {}),
        ...(stayId ? { stayId } : {}),
        ...(reason ? { reason } : {}),
      };
      return [
        {
          type: 'ehr.EncounterOpened',
          data: { ...rest, ...optional, openedAt, openedBy: command.meta.actorId },
        },
      ];
    }
    case 'ehr.CloseEncounter': {
      const { encounterId, because, endedAt } = command.data;
      if (state.status === 'none') throw new NotFoundError(ENCOUNTER_NOT_FOUND, { encounterId });
      if (state.status === 'closed') {
        throw new InvariantViolation(
          ENCOUNTER_CLOSED,
          { encounterId },
          { message: 'This encounter is already closed.' },
        );
      }
      const closedAt = endedAt ?? command.meta.now;
      if (closedAt > command.meta.now) throw timeOutOfOrder('An encounter cannot end in the future.', closedAt);
      if (closedAt < state.openedAt) throw timeOutOfOrder('An encounter cannot end before it began.', closedAt);
      return [
        {
          type: 'ehr.EncounterClosed',
          data: {
            encounterId,
            patientId: state.patientId,
            closedAt,
            closedBy: command.meta.actorId,
            because,
          },
        },
      ];
    }
    default:
      return assertNever(command);
  }
}

export function evolve(state: EncounterState, event: EncounterEvent): EncounterState {
  switch (event.type) {
    case 'ehr.EncounterOpened': {
      const { openedBy: _by, ...facts } = event.data;
      return { status: 'open', ...facts };
    }
    case 'ehr.EncounterClosed':
      if (state.status !== 'open') return state;
      return { ...state, status: 'closed', closedAt: event.data.closedAt, because: event.data.because };
    default:
      return state;
  }
}

export const encounterDecider: Decider<EncounterState, EncounterCommand, EncounterEvent> = {
  decide,
  evolve,
  initialState,
};

/**
 * Times are compared as ISO strings: every time here is a UTC instant written by `toISOString` (`…Z`), where text
 * order is time order.
 */
function timeOutOfOrder(message: string, at: string): InvariantViolation {
  return new InvariantViolation(ENCOUNTER_TIME_OUT_OF_ORDER, { at }, { message });
}
