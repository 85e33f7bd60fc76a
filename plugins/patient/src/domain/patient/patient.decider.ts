import {
  assertNever,
  InvariantViolation,
  NotFoundError,
  type Command,
  type DataOf,
  type Decider,
  type DomainEvent,
} from '@hms/sdk';
import type { Demographics, DemographicsChanges } from '../../contracts/demographics';
import type { PatientDemographicsUpdated, PatientRegistered } from '../../contracts/events';
import { BIRTH_DATE_IN_FUTURE, PATIENT_ALREADY_REGISTERED, PATIENT_NOT_FOUND } from '../../errors';
import { applyChanges, diffDemographics, pickDemographics } from './patient.changes';

/** Registration as the decider sees it: the handler has assigned the id and the MRN. */
export type RegisterPatientCommand = Command<
  'patient.RegisterPatient',
  Demographics & { patientId: string; mrn: string }
>;
export type UpdateDemographicsCommand = Command<
  'patient.UpdatePatientDemographics',
  DemographicsChanges & { patientId: string }
>;
export type PatientCommand = RegisterPatientCommand | UpdateDemographicsCommand;

export type PatientRegisteredEvent = DomainEvent<
  'patient.PatientRegistered',
  DataOf<typeof PatientRegistered>
>;
export type DemographicsUpdatedEvent = DomainEvent<
  'patient.PatientDemographicsUpdated',
  DataOf<typeof PatientDemographicsUpdated>
>;
export type PatientEvent = PatientRegisteredEvent | DemographicsUpdatedEvent;

export type PatientState =
  | { readonly status: 'unregistered' }
  | {
      readonly status: 'registered';
      readonly patientId: string;
      readonly mrn: string;
      readonly demographics: Demographics;
      readonly registeredAt: string;
      readonly updatedAt: string;
    };

export const initialState = (): PatientState => ({ status: 'unregistered' });

export function decide(command: PatientCommand, state: PatientState): PatientEvent[] {
  switch (command.type) {
    case 'patient.RegisterPatient':
      return register(command, state);
    case 'patient.UpdatePatientDemographics':
      return updateDemographics(command, state);
    default:
      return assertNever(command);
  }
}

function register({ data, meta }: RegisterPatientCommand, state: PatientState): PatientEvent[] {
  const { patientId, mrn } = data;
  if (state.status !== 'unregistered')
    throw new InvariantViolation(PATIENT_ALREADY_REGISTERED, { patientId });
  assertBornBy(data.birthDate, meta.now, patientId);
  const registered: PatientEvent = {
    type: 'patient.PatientRegistered',
    data: { patientId, mrn, ...pickDemographics(data), registeredAt: meta.now },
  };
  return [registered];
}

function updateDemographics({ data, meta }: UpdateDemographicsCommand, state: PatientState): PatientEvent[] {
  const { patientId, ...requested } = data;
  if (state.status !== 'registered') throw new NotFoundError(PATIENT_NOT_FOUND, { patientId });
  const changes = diffDemographics(state.demographics, requested);
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
      return { status: 'registered', patientId, mrn, demographics: pickDemographics(event.data), registeredAt, updatedAt: registeredAt };
    }
    case 'patient.PatientDemographicsUpdated':
      if (state.status !== 'registered') return state;
      return { ...state, demographics: applyChanges(state.demographics, event.data.changes), updatedAt: event.data.updatedAt };
    default:
      return state;
  }
}

export const patientDecider: Decider<PatientState, PatientCommand, PatientEvent> = {
  decide,
  evolve,
  initialState,
};
