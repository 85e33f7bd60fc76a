import {
  assertNever,
  InvariantViolation,
  NotFoundError,
  type Command,
  type DataOf,
  type Decider,
  type DomainEvent,
} from '@hms/sdk';
import type {
  CareTeamMemberAdded,
  CareTeamMemberRemoved,
  EncounterClosed,
  EncounterOpened,
} from '../../contracts/encounter-events';
import type { CareTeamRole } from '../../contracts/schemas';
import type { EncounterClass } from '../../contracts/schemas';
import {
  CARE_TEAM_MEMBER_NOT_FOUND,
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
export type AddCareTeamMemberCommand = Command<
  'ehr.AddCareTeamMember',
  { encounterId: string; memberId: string; role: CareTeamRole }
>;
export type RemoveCareTeamMemberCommand = Command<
  'ehr.RemoveCareTeamMember',
  { encounterId: string; memberId: string }
>;
export type EncounterCommand =
  OpenEncounterCommand | CloseEncounterCommand | AddCareTeamMemberCommand | RemoveCareTeamMemberCommand;

export type EncounterOpenedEvent = DomainEvent<'ehr.EncounterOpened', DataOf<typeof EncounterOpened>>;
export type EncounterClosedEvent = DomainEvent<'ehr.EncounterClosed', DataOf<typeof EncounterClosed>>;
export type CareTeamMemberAddedEvent = DomainEvent<'ehr.CareTeamMemberAdded', DataOf<typeof CareTeamMemberAdded>>;
export type CareTeamMemberRemovedEvent = DomainEvent<'ehr.CareTeamMemberRemoved', DataOf<typeof CareTeamMemberRemoved>>;
export type EncounterEvent =
  EncounterOpenedEvent | EncounterClosedEvent | CareTeamMemberAddedEvent | CareTeamMemberRemovedEvent;

interface EncounterFacts {
  readonly encounterId: string;
  readonly patientId: string;
  readonly class: EncounterClass;
  readonly openedAt: string;
  readonly appointmentId?: string;
  readonly stayId?: string;
  readonly reason?: string;
  /** The encounter's care team: member id (account or linked practitioner) → their role in it. */
  readonly careTeam?: Readonly<Record<string, CareTeamRole>>;
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
    case 'ehr.AddCareTeamMember': {
      const { encounterId, memberId, role } = command.data;
      const open = requireOpen(state, encounterId);
      if (open.careTeam?.[memberId] === role) return [];
      return [
        {
          type: 'ehr.CareTeamMemberAdded',
          data: {
            encounterId,
            patientId: open.patientId,
            memberId,
            role,
            addedAt: command.meta.now,
            addedBy: command.meta.actorId,
          },
        },
      ];
    }
    case 'ehr.RemoveCareTeamMember': {
      const { encounterId, memberId } = command.data;
      const open = requireOpen(state, encounterId);
      if (open.careTeam?.[memberId] === undefined) {
        throw new NotFoundError(
          CARE_TEAM_MEMBER_NOT_FOUND,
          { encounterId, memberId },
          { message: "This person is not on the encounter's care team." },
        );
      }
      return [
        {
          type: 'ehr.CareTeamMemberRemoved',
          data: {
            encounterId,
            patientId: open.patientId,
            memberId,
            removedAt: command.meta.now,
            removedBy: command.meta.actorId,
          },
        },
      ];
    }
    default:
      return assertNever(command);
  }
}

/** The care team changes only while the encounter is open: a closed one's team no longer cares for the patient. */
function requireOpen(state: EncounterState, encounterId: string): Extract<EncounterState, { status: 'open' }> {
  if (state.status === 'none') throw new NotFoundError(ENCOUNTER_NOT_FOUND, { encounterId });
  if (state.status === 'closed') {
    throw new InvariantViolation(ENCOUNTER_CLOSED, { encounterId }, { message: 'This encounter is already closed.' });
  }
  return state;
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
    case 'ehr.CareTeamMemberAdded':
      if (state.status === 'none') return state;
      return { ...state, careTeam: { ...state.careTeam, [event.data.memberId]: event.data.role } };
    case 'ehr.CareTeamMemberRemoved': {
      if (state.status === 'none') return state;
      const { [event.data.memberId]: _removed, ...careTeam } = state.careTeam ?? {};
      return { ...state, careTeam };
    }
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
