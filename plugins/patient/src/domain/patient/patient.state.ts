import type { Demographics } from '../../contracts/schemas';
import type { PatientDetails } from '../../contracts/schemas';

/** A registered patient. `details` and `absorbed` are present only once they hold something. */
export interface RegisteredPatient {
  readonly status: 'registered';
  readonly patientId: string;
  readonly mrn: string;
  readonly demographics: Demographics;
  readonly registeredAt: string;
  readonly updatedAt: string;
  readonly details?: PatientDetails;
  /** Ids of the records merged into this one. */
  readonly absorbed?: readonly string[];
}

/** A record merged into another: it keeps its history and takes no more changes. */
export interface MergedPatient {
  readonly status: 'merged';
  readonly patientId: string;
  readonly mrn: string;
  readonly mergedInto: string;
  /** The record as it was when merged: what an unmerge makes active again. */
  readonly before: RegisteredPatient;
}

export type PatientState = { readonly status: 'unregistered' } | RegisteredPatient | MergedPatient;
