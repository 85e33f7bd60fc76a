import { InvariantViolation, NotFoundError, type Command, type DataOf, type DomainEvent } from '@hms/sdk';
import type { PatientMergeReversed, PatientUnmerged } from '../../contracts/events';
import { PATIENT_NOT_FOUND, PATIENT_NOT_MERGED } from '../../errors';
import type { PatientState } from './patient.state';

/** The merged-away side of `UnmergePatient`: the record becomes active again. */
export type SplitOffCommand = Command<'patient.SplitOff', { patientId: string; reason: string }>;
/** The survivor's side of `UnmergePatient`: it gives the merged record back. */
export type GiveBackMergedCommand = Command<
  'patient.GiveBackMerged',
  { patientId: string; unmergedPatientId: string; unmergedMrn: string; reason: string }
>;

export type PatientUnmergedEvent = DomainEvent<'patient.PatientUnmerged', DataOf<typeof PatientUnmerged>>;
export type MergeReversedEvent = DomainEvent<'patient.PatientMergeReversed', DataOf<typeof PatientMergeReversed>>;
export type UnmergeEvent = PatientUnmergedEvent | MergeReversedEvent;

/** Only a merged-away record can be split off; it goes back to the survivor it was merged into, no other. */
export function splitOff({ data, meta }: SplitOffCommand, state: PatientState): PatientUnmergedEvent[] {
  const { patientId, reason } = data;
  if (state.status === 'unregistered') throw new NotFoundError(PATIENT_NOT_FOUND, { patientId });
  if (state.status !== 'merged') throw new InvariantViolation(PATIENT_NOT_MERGED, { patientId });
  return [
    {
      type: 'patient.PatientUnmerged',
      data: { patientId, mrn: state.mrn, unmergedFrom: state.mergedInto, reason, unmergedAt: meta.now },
    },
  ];
}

/**
 * The survivor must still hold the record: a survivor that no longer lists it (its events disagree with the merged
 * record's, a bug) refuses rather than pretend.
 */
export function giveBackMerged({ data, meta }: GiveBackMergedCommand, state: PatientState): MergeReversedEvent[] {
  const { patientId, unmergedPatientId, unmergedMrn, reason } = data;
  if (state.status !== 'registered' || !(state.absorbed ?? []).includes(unmergedPatientId)) {
    throw new InvariantViolation(PATIENT_NOT_MERGED, { patientId: unmergedPatientId });
  }
  return [
    {
      type: 'patient.PatientMergeReversed',
      data: { patientId, unmergedPatientId, unmergedMrn, reason, reversedAt: meta.now },
    },
  ];
}

/** The record as it was before the merge (kept by the merged state), active again from the unmerge on. */
export function evolveUnmerge(state: PatientState, event: UnmergeEvent): PatientState {
  if (event.type === 'patient.PatientUnmerged') {
    if (state.status !== 'merged') return state;
    return { ...state.before, updatedAt: event.data.unmergedAt };
  }
  if (state.status !== 'registered') return state;
  const { absorbed: _absorbed, ...rest } = state;
  const absorbed = (state.absorbed ?? []).filter((id) => id !== event.data.unmergedPatientId);
  return { ...rest, ...(absorbed.length > 0 ? { absorbed } : {}), updatedAt: event.data.reversedAt };
}
