import type { PatientDetails } from '../src/contracts/schemas';
import type {
  AbsorbMergedCommand,
  DetailsChangedEvent,
  MergeIntoCommand,
  MergeReceivedEvent,
  PatientMergedEvent,
  UpdateDetailsCommand,
} from '../src/domain/patient/patient.mpi';
import { meta, MRN, PATIENT_ID, UPDATED_AT } from './builders';

/** The other record of a merge (made-up ids and MRN). */
export const OTHER_ID = '7a2b3c4d-5e6f-4a70-8b81-92a3b4c5d6e7';
export const OTHER_MRN = '000000026';
export const MERGED_AT = '2026-03-03T11:00:00.000Z';

export const PHONE = { kind: 'phone', use: 'mobile', value: '+351 91 000 0000' } as const;
export const NATIONAL_ID = { kind: 'national-id', system: 'PT', value: '123.456.789' } as const;
export const COVERAGE = { payer: 'Example Health', memberNumber: 'EH-0001', validFrom: '2026-01-01' } as const;
export const NEXT_OF_KIN = { name: 'Bea Testperson', relationship: 'sibling', phone: '+351 21 000 0001' } as const;

export function updateDetails(details: PatientDetails, now = UPDATED_AT): UpdateDetailsCommand {
  return { type: 'patient.UpdatePatientDetails', data: { patientId: PATIENT_ID, ...details }, meta: meta({ now }) };
}

export function detailsChanged(changes: PatientDetails, changedAt = UPDATED_AT): DetailsChangedEvent {
  return { type: 'patient.PatientDetailsChanged', data: { patientId: PATIENT_ID, changes, changedAt } };
}

/** This patient (PATIENT_ID) is merged into OTHER_ID. */
export function mergeInto(survivorId = OTHER_ID): MergeIntoCommand {
  return {
    type: 'patient.MergeInto',
    data: { patientId: PATIENT_ID, survivorId, reason: 'duplicate-registration' },
    meta: meta({ now: MERGED_AT }),
  };
}

export function merged(survivorId = OTHER_ID): PatientMergedEvent {
  return {
    type: 'patient.PatientMerged',
    data: {
      patientId: PATIENT_ID,
      mrn: MRN,
      mergedInto: survivorId,
      reason: 'duplicate-registration',
      mergedAt: MERGED_AT,
    },
  };
}

/** This patient (PATIENT_ID) takes in OTHER_ID. */
export function absorbMerged(): AbsorbMergedCommand {
  return {
    type: 'patient.AbsorbMerged',
    data: { patientId: PATIENT_ID, mergedPatientId: OTHER_ID, mergedMrn: OTHER_MRN, reason: 'duplicate-registration' },
    meta: meta({ now: MERGED_AT }),
  };
}

export function mergeReceived(): MergeReceivedEvent {
  return {
    type: 'patient.PatientMergeReceived',
    data: {
      patientId: PATIENT_ID,
      mergedPatientId: OTHER_ID,
      mergedMrn: OTHER_MRN,
      reason: 'duplicate-registration',
      receivedAt: MERGED_AT,
    },
  };
}
