import { assertNever, InvariantViolation, type Command, type DataOf, type Decider, type DomainEvent } from '@hms/sdk';
import type { Demographics, DemographicsChanges } from '../../contracts/schemas';
import type { DuplicateOverride } from '../../contracts/schemas';
import type { PatientDetails } from '../../contracts/schemas';
import type { PatientDemographicsUpdated, PatientRegistered } from '../../contracts/events';
import { BIRTH_DATE_IN_FUTURE, PATIENT_ALREADY_REGISTERED } from '../../errors';
import { applyChanges, diffDemographics, pickDemographics } from './patient.changes';
import { applyDetails, pickDetails } from './patient.details';
import {
  absorbMerged,
  changeable,
  mergeInto,
  updateDetails,
  type AbsorbMergedCommand,
  type MergeIntoCommand,
  type MpiEvent,
  type UpdateDetailsCommand,
} from './patient.mpi';
import type { PatientState } from './patient.state';
import {
  evolveUnmerge,
  giveBackMerged,
  splitOff,
  type GiveBackMergedCommand,
  type SplitOffCommand,
  type UnmergeEvent,
} from './patient.unmerge';

export type { PatientState } from './patient.state';

/** Registration as the decider sees it: the handler has assigned the id and the MRN. */
export type RegisterPatientCommand = Command<
  'patient.RegisterPatient',
  Demographics & PatientDetails & { patientId: string; mrn: string; duplicateOverride?: DuplicateOverride }
>;
export type UpdateDemographicsCommand = Command<
  'patient.UpdatePatientDemographics',
  DemographicsChanges & { patientId: string }
>;
export type PatientCommand =
  | RegisterPatientCommand
  | UpdateDemographicsCommand
  | UpdateDetailsCommand
  | MergeIntoCommand
  | AbsorbMergedCommand
  | SplitOffCommand
  | GiveBackMergedCommand;

export type PatientRegisteredEvent = DomainEvent<'patient.PatientRegistered', DataOf<typeof PatientRegistered>>;
export type DemographicsUpdatedEvent = DomainEvent<
  'patient.PatientDemographicsUpdated',
  DataOf<typeof PatientDemographicsUpdated>
>;
export type PatientEvent = PatientRegisteredEvent | DemographicsUpdatedEvent | MpiEvent | UnmergeEvent;

export const initialState = (): PatientState => ({ status: 'unregistered' });

export function decide(command: PatientCommand, state: PatientState): PatientEvent[] {
  switch (command.type) {
    case 'patient.RegisterPatient':
      return register(command, state);
    case 'patient.UpdatePatientDemographics':
      return updateDemographics(command, state);
    case 'patient.UpdatePatientDetails':
      return updateDetails(command, state);
    case 'patient.MergeInto':
      return mergeInto(command, state);
    case 'patient.AbsorbMerged':
      return absorbMerged(command, state);
    case 'patient.SplitOff':
      return splitOff(command, state);
    case 'patient.GiveBackMerged':
      return giveBackMerged(command, state);
    default:
      return assertNever(command);
  }
}

function register({ data, meta }: RegisterPatientCommand, state: PatientState): PatientEvent[] {
  const { patientId, mrn } = data;
  if (state.status !== 'unregistered') throw new InvariantViolation(PATIENT_ALREADY_REGISTERED, { patientId });
  assertBornBy(data.birthDate, meta.now, patientId);
  const override = data.duplicateOverride === undefined ? {} : { duplicateOverride: data.duplicateOverride };
  const registered: PatientEvent = {
    type: 'patient.PatientRegistered',
    data: { patientId, mrn, ...pickDemographics(data), registeredAt: meta.now, ...override },
  };
  const details = pickDetails(data);
  if (Object.keys(details).length === 0) return [registered];
  return [
    registered,
    { type: 'patient.PatientDetailsChanged', data: { patientId, changes: details, changedAt: meta.now } },
  ];
}

function updateDemographics({ data, meta }: UpdateDemographicsCommand, state: PatientState): PatientEvent[] {
  const { patientId, ...requested } = data;
  const patient = changeable(state, patientId);
  const changes = diffDemographics(patient.demographics, requested);
  if (Object.keys(changes).length === 0) return [];
  if (changes.birthDate !== undefined) assertBornBy(changes.birthDate, meta.now, patientId);
  return [{ type: 'patient.PatientDemographicsUpdated', data: { patientId, changes, updatedAt: meta.now } }];
}

/**
 * The latest UTC offset in use (UTC+14, Line Islands). The kernel's clock is UTC and a hospital's calendar day
 * may already be tomorrow in UTC terms, so a baby born just after local midnight must not be refused: a birth date
 * is "in the future" only when it is after today's date everywhere on Earth.
 */
const LATEST_UTC_OFFSET_MS = 14 * 60 * 60 * 1000;

function assertBornBy(birthDate: string, now: string, patientId: string): void {
  const latestToday = new Date(Date.parse(now) + LATEST_UTC_OFFSET_MS).toISOString().slice(0, 10);
  if (birthDate > latestToday) throw new InvariantViolation(BIRTH_DATE_IN_FUTURE, { patientId });
}

export function evolve(state: PatientState, event: PatientEvent): PatientState {
  switch (event.type) {
    case 'patient.PatientRegistered': {
      const { patientId, mrn, registeredAt } = event.data;
      return {
        status: 'registered',
        patientId,
        mrn,
        demographics: pickDemographics(event.data),
        registeredAt,
        updatedAt: registeredAt,
      };
    }
    case 'patient.PatientDemographicsUpdated':
      if (state.status !== 'registered') return state;
      return {
        ...state,
        demographics: applyChanges(state.demographics, event.data.changes),
        updatedAt: event.data.updatedAt,
      };
    case 'patient.PatientDetailsChanged': {
      if (state.status !== 'registered') return state;
      const { details: _before, ...rest } = state;
      const details = applyDetails(state.details ?? {}, event.data.changes);
      return { ...rest, ...(Object.keys(details).length > 0 ? { details } : {}), updatedAt: event.data.changedAt };
    }
    case 'patient.PatientMerged':
      if (state.status !== 'registered') return state;
      return {
        status: 'merged',
        patientId: event.data.patientId,
        mrn: event.data.mrn,
        mergedInto: event.data.mergedInto,
        before: state,
      };
    case 'patient.PatientMergeReceived':
      if (state.status !== 'registered') return state;
      return {
        ...state,
        absorbed: [...(state.absorbed ?? []), event.data.mergedPatientId],
        updatedAt: event.data.receivedAt,
      };
    case 'patient.PatientUnmerged':
    case 'patient.PatientMergeReversed':
      return evolveUnmerge(state, event);
    default:
      return state;
  }
}

export const patientDecider: Decider<PatientState, PatientCommand, PatientEvent> = {
  decide,
  evolve,
  initialState,
};
