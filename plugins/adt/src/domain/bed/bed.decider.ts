import { assertNever, InvariantViolation, type Command, type DataOf, type Decider, type DomainEvent } from '@hms/sdk';
import type { BedOccupied, BedVacated } from '../../contracts/events';
import type { BedServiceReason } from '../../contracts/schemas';
import type { BedDecommissioned, BedReturnedToService, BedTakenOutOfService } from '../../contracts/events';
import { BED_NOT_FREE_AT_THAT_TIME, BED_NOT_HELD_BY_STAY, BED_OUT_OF_SERVICE } from '../../errors';
import { bedNotFound, bedOccupied } from '../refusals';

/**
 * A bed's use: whether it is in service and who lies in it. Whether the bed exists is the ward's business (the
 * handler checks the ward's list first); a removed bed is decommissioned here too, so an admission racing the
 * removal conflicts on this stream instead of landing in a bed that no longer exists.
 */
type BedRef = { bedId: string; wardId: string };
export type OccupyBedCommand = Command<'adt.OccupyBed', BedRef & { patientId: string; stayId: string; at: string }>;
export type VacateBedCommand = Command<
  'adt.VacateBed',
  BedRef & { patientId: string; stayId: string; at: string; because: 'transfer' | 'discharge' }
>;
export type TakeBedOutOfServiceCommand = Command<'adt.TakeBedOutOfService', BedRef & { reason: BedServiceReason }>;
export type ReturnBedToServiceCommand = Command<'adt.ReturnBedToService', BedRef>;
export type DecommissionBedCommand = Command<'adt.DecommissionBed', BedRef>;
export type BedCommand =
  OccupyBedCommand | VacateBedCommand | TakeBedOutOfServiceCommand | ReturnBedToServiceCommand | DecommissionBedCommand;

export type BedOccupiedEvent = DomainEvent<'patient.BedOccupied', DataOf<typeof BedOccupied>>;
export type BedVacatedEvent = DomainEvent<'patient.BedVacated', DataOf<typeof BedVacated>>;
export type BedTakenOutOfServiceEvent = DomainEvent<
  'patient.BedTakenOutOfService',
  DataOf<typeof BedTakenOutOfService>
>;
export type BedReturnedToServiceEvent = DomainEvent<
  'patient.BedReturnedToService',
  DataOf<typeof BedReturnedToService>
>;
export type BedDecommissionedEvent = DomainEvent<'patient.BedDecommissioned', DataOf<typeof BedDecommissioned>>;
export type BedEvent =
  BedOccupiedEvent | BedVacatedEvent | BedTakenOutOfServiceEvent | BedReturnedToServiceEvent | BedDecommissionedEvent;

export type BedState =
  /** `freeSince`: when the last patient left or the bed came back into service; nobody can be put in it earlier. */
  | { readonly status: 'vacant'; readonly freeSince?: string }
  | { readonly status: 'occupied'; readonly patientId: string; readonly stayId: string; readonly since: string }
  | { readonly status: 'out-of-service'; readonly reason: BedServiceReason }
  | { readonly status: 'decommissioned' };

export const initialState = (): BedState => ({ status: 'vacant' });

export function decide(command: BedCommand, state: BedState): BedEvent[] {
  switch (command.type) {
    case 'adt.OccupyBed':
      return occupy(command, state);
    case 'adt.VacateBed':
      return vacate(command, state);
    case 'adt.TakeBedOutOfService':
      return takeOutOfService(command, state);
    case 'adt.ReturnBedToService':
      return returnToService(command, state);
    case 'adt.DecommissionBed':
      return decommission(command, state);
    default:
      return assertNever(command);
  }
}

function occupy({ data }: OccupyBedCommand, state: BedState): BedEvent[] {
  const { bedId, wardId, patientId, stayId, at } = data;
  assertUsable(state, data);
  if (state.status === 'occupied') throw bedOccupied(bedId);
  if (state.status === 'out-of-service') {
    throw new InvariantViolation(
      BED_OUT_OF_SERVICE,
      { bedId },
      {
        message: 'This bed is out of service. Put it back in service first, or choose another bed.',
      },
    );
  }
  // A back-dated admission or transfer into a bed another patient had then: two patients in one bed at once, and
  // the occupancy figures count both.
  if (state.status === 'vacant' && state.freeSince !== undefined && Date.parse(at) < Date.parse(state.freeSince)) {
    throw new InvariantViolation(
      BED_NOT_FREE_AT_THAT_TIME,
      { bedId },
      {
        message:
          'The bed was not free at the time entered (another patient was in it, or it was closed). Check the date and time.',
      },
    );
  }
  return [{ type: 'patient.BedOccupied', data: { bedId, wardId, patientId, stayId, occupiedAt: at } }];
}

function vacate({ data }: VacateBedCommand, state: BedState): BedEvent[] {
  const { bedId, wardId, patientId, stayId, at, because } = data;
  // The stay says the patient is here; the bed must agree, or the two streams have drifted apart (a bug).
  if (state.status !== 'occupied' || state.stayId !== stayId) {
    throw new InvariantViolation(BED_NOT_HELD_BY_STAY, { bedId, stayId });
  }
  return [{ type: 'patient.BedVacated', data: { bedId, wardId, patientId, stayId, vacatedAt: at, because } }];
}

function takeOutOfService({ data, meta }: TakeBedOutOfServiceCommand, state: BedState): BedEvent[] {
  const { bedId, wardId, reason } = data;
  assertUsable(state, data);
  if (state.status === 'occupied') throw bedOccupied(bedId);
  if (state.status === 'out-of-service' && state.reason === reason) return [];
  return [{ type: 'patient.BedTakenOutOfService', data: { bedId, wardId, reason, at: meta.now } }];
}

function returnToService({ data, meta }: ReturnBedToServiceCommand, state: BedState): BedEvent[] {
  assertUsable(state, data);
  if (state.status !== 'out-of-service') return [];
  return [{ type: 'patient.BedReturnedToService', data: { ...data, at: meta.now } }];
}

function decommission({ data, meta }: DecommissionBedCommand, state: BedState): BedEvent[] {
  assertUsable(state, data);
  if (state.status === 'occupied') throw bedOccupied(data.bedId);
  return [{ type: 'patient.BedDecommissioned', data: { ...data, decommissionedAt: meta.now } }];
}

function assertUsable(state: BedState, { bedId, wardId }: BedRef): void {
  if (state.status === 'decommissioned') throw bedNotFound(wardId, bedId);
}

export function evolve(state: BedState, event: BedEvent): BedState {
  switch (event.type) {
    case 'patient.BedOccupied': {
      const { patientId, stayId, occupiedAt } = event.data;
      return { status: 'occupied', patientId, stayId, since: occupiedAt };
    }
    case 'patient.BedVacated':
      return { status: 'vacant', freeSince: event.data.vacatedAt };
    case 'patient.BedReturnedToService':
      return { status: 'vacant', freeSince: event.data.at };
    case 'patient.BedTakenOutOfService':
      return { status: 'out-of-service', reason: event.data.reason };
    case 'patient.BedDecommissioned':
      return { status: 'decommissioned' };
    default:
      return state;
  }
}

export const bedDecider: Decider<BedState, BedCommand, BedEvent> = { decide, evolve, initialState };
