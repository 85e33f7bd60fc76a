import type { PatientView } from '../contracts/queries';
import type { PatientState } from '../domain/patient/patient.decider';

/**
 * The view of a patient a command just decided, built from the decided state: the read model gets the same row
 * when the command commits (the directory projection folds the same events).
 */
export function patientView(state: PatientState, version: number): PatientView {
  if (state.status !== 'registered') throw new Error('A patient view needs a registered patient');
  const { demographics: d } = state;
  return {
    id: state.patientId,
    mrn: state.mrn,
    givenName: d.givenName,
    familyName: d.familyName,
    ...(d.middleName === undefined ? {} : { middleName: d.middleName }),
    birthDate: d.birthDate,
    gender: d.gender,
    ...(d.phone === undefined ? {} : { phone: d.phone }),
    ...(d.email === undefined ? {} : { email: d.email }),
    ...(d.address === undefined ? {} : { address: d.address }),
    ...(d.preferredLanguage === undefined ? {} : { preferredLanguage: d.preferredLanguage }),
    ...state.details,
    version,
    registeredAt: state.registeredAt,
    updatedAt: state.updatedAt,
  };
}
