import { InvariantViolation, NotFoundError, type Command, type DataOf, type DomainEvent } from '@hms/sdk';
import type { PatientDetailsChanged, PatientMergeReceived, PatientMerged } from '../../contracts/events';
import type { PatientDetails } from '../../contracts/schemas';
import { MERGE_CHAIN, MERGE_INTO_ITSELF, MERGE_TARGET_MERGED, PATIENT_MERGED, PATIENT_NOT_FOUND } from '../../errors';
import { diffDetails } from './patient.details';
import type { PatientState, RegisteredPatient } from './patient.state';

/** The master patient index's commands and events on the patient stream (details, merges). */
export type UpdateDetailsCommand = Command<'patient.UpdatePatientDetails', PatientDetails & { patientId: string }>;
/** The merged-away side of `MergePatients`. */
export type MergeIntoCommand = Command<
  'patient.MergeInto',
  { patientId: string; survivorId: string; reason: DataOf<typeof PatientMerged>['reason'] }
>;
/** The survivor's side of `MergePatients`. */
export type AbsorbMergedCommand = Command<
  'patient.AbsorbMerged',
  { patientId: string; mergedPatientId: string; mergedMrn: string; reason: DataOf<typeof PatientMerged>['reason'] }
>;

export type DetailsChangedEvent = DomainEvent<'patient.PatientDetailsChanged', DataOf<typeof PatientDetailsChanged>>;
export type PatientMergedEvent = DomainEvent<'patient.PatientMerged', DataOf<typeof PatientMerged>>;
export type MergeReceivedEvent = DomainEvent<'patient.PatientMergeReceived', DataOf<typeof PatientMergeReceived>>;
export type MpiEvent = DetailsChangedEvent | PatientMergedEvent | MergeReceivedEvent;

/** A registered patient, or the refusal a merged or unknown record gets when someone tries to change it. */
export function changeable(state: PatientState, patientId: string): RegisteredPatient {
  if (state.status === 'merged') {
    throw new InvariantViolation(PATIENT_MERGED, { patientId, mergedInto: state.mergedInto });
  }
  if (state.status !== 'registered') throw new NotFoundError(PATIENT_NOT_FOUND, { patientId });
  return state;
}

export function updateDetails({ data, meta }: UpdateDetailsCommand, state: PatientState): DetailsChangedEvent[] {
  const { patientId, ...requested } = data;
  const patient = changeable(state, patientId);
  const changes = diffDetails(patient.details ?? {}, requested);
  if (Object.keys(changes).length === 0) return [];
  return [{ type: 'patient.PatientDetailsChanged', data: { patientId, changes, changedAt: meta.now } }];
}

/**
 * A record that has already taken in others is not merged away: its aliases would form a chain of merges.
 * Merge the other way round (this record survives) instead.
 */
export function mergeInto({ data, meta }: MergeIntoCommand, state: PatientState): PatientMergedEvent[] {
  const { patientId, survivorId, reason } = data;
  if (survivorId === patientId) throw new InvariantViolation(MERGE_INTO_ITSELF, { patientId });
  const patient = changeable(state, patientId);
  if ((patient.absorbed ?? []).length > 0) throw new InvariantViolation(MERGE_CHAIN, { patientId, survivorId });
  return [
    {
      type: 'patient.PatientMerged',
      data: { patientId, mrn: patient.mrn, mergedInto: survivorId, reason, mergedAt: meta.now },
    },
  ];
}

export function absorbMerged({ data, meta }: AbsorbMergedCommand, state: PatientState): MergeReceivedEvent[] {
  const { patientId, mergedPatientId, mergedMrn, reason } = data;
  if (state.status === 'merged') {
    throw new InvariantViolation(MERGE_TARGET_MERGED, { patientId, mergedInto: state.mergedInto });
  }
  changeable(state, patientId);
  return [
    {
      type: 'patient.PatientMergeReceived',
      data: { patientId, mergedPatientId, mergedMrn, reason, receivedAt: meta.now },
    },
  ];
}
