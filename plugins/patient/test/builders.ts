import type { CommandMeta } from '@hms/sdk';
import type { Demographics, DemographicsChanges } from '../src/contracts/schemas';
import type {
  DemographicsUpdatedEvent,
  PatientRegisteredEvent,
  RegisterPatientCommand,
  UpdateDemographicsCommand,
} from '../src/domain/patient/patient.decider';

/** Made-up people only: never real patient data in tests. */
export const PATIENT_ID = '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b';
export const MRN = '000000018';
export const REGISTERED_AT = '2026-03-01T09:00:00.000Z';
export const UPDATED_AT = '2026-03-02T10:30:00.000Z';

export function meta(overrides: Partial<CommandMeta> = {}): CommandMeta {
  return {
    commandId: '0b9d7c1e-2f3a-4b5c-8d6e-7f8091a2b3c4',
    actorId: 'user-front-desk-1',
    now: REGISTERED_AT,
    correlationId: 'c0ffee00-0000-4000-8000-000000000001',
    ...overrides,
  };
}

/** Registration data as a client sends it (the body of POST /api/patients). */
export function registration(overrides: Partial<Demographics> = {}): Demographics {
  return {
    givenName: 'Ada',
    familyName: 'Testperson',
    birthDate: '1990-04-12',
    gender: 'female',
    ...overrides,
  };
}

export function registerPatient(
  overrides: Partial<Demographics> = {},
  options: { patientId?: string; mrn?: string; now?: string } = {},
): RegisterPatientCommand {
  return {
    type: 'patient.RegisterPatient',
    data: { ...registration(overrides), patientId: options.patientId ?? PATIENT_ID, mrn: options.mrn ?? MRN },
    meta: meta({ now: options.now ?? REGISTERED_AT }),
  };
}

export function updateDemographics(
  changes: DemographicsChanges,
  options: { now?: string } = {},
): UpdateDemographicsCommand {
  return {
    type: 'patient.UpdatePatientDemographics',
    data: { patientId: PATIENT_ID, ...changes },
    meta: meta({ now: options.now ?? UPDATED_AT }),
  };
}

export function registered(
  overrides: Partial<Demographics> = {},
  options: { registeredAt?: string } = {},
): PatientRegisteredEvent {
  return {
    type: 'patient.PatientRegistered',
    data: {
      patientId: PATIENT_ID,
      mrn: MRN,
      ...registration(overrides),
      registeredAt: options.registeredAt ?? REGISTERED_AT,
    },
  };
}

export function demographicsUpdated(changes: DemographicsChanges, updatedAt = UPDATED_AT): DemographicsUpdatedEvent {
  return { type: 'patient.PatientDemographicsUpdated', data: { patientId: PATIENT_ID, changes, updatedAt } };
}

let birthDay = 0;
/**
 * A different birth date on each call (days from 1940-01-01): integration tests register many made-up people,
 * and two with alike names born the same day would be refused as likely duplicates.
 */
export function distinctBirthDate(): string {
  birthDay += 1;
  return new Date(Date.UTC(1940, 0, 1) + birthDay * 86_400_000).toISOString().slice(0, 10);
}
