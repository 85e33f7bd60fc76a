import type { OfflineCommand, OfflineProblem } from '@hms/sdk/client';
import type { PatientView, RegisterPatientBody } from '$lib/api/client';
import { patientCache } from '$lib/stores/local';
import { REGISTER, UPDATE_DEMOGRAPHICS } from './components/patient-commands';
import type { messages } from './messages.en';

type Key = `offline.${keyof (typeof messages)['offline']}`;
const mergedInto = (p: OfflineProblem) => [String(p.details?.mergedInto ?? '')];

/**
 * The patient commands a front desk or ward does offline: registering (a refused one comes back to the form, with
 * the likely duplicates) and changing demographics.
 */
export const patientOfflineCommands: OfflineCommand<Key>[] = [
  {
    command: REGISTER,
    label: 'offline.register',
    values: (data: RegisterPatientBody) => [data.familyName, data.givenName],
    refusals: {
      POSSIBLE_DUPLICATE: {
        message: 'offline.duplicate',
        choices: ['retry-with-changes', 'discard'],
        href: (_data, _problem, entryId) => `/patients/new?correct=${entryId}`,
      },
      VALIDATION_FAILED: {
        message: 'offline.invalid',
        choices: ['retry-with-changes', 'discard'],
        href: (_data, _problem, entryId) => `/patients/new?correct=${entryId}`,
      },
    },
    // The new record is kept for offline reading like any other opened one.
    onDone: (result) => patientCache.put(result as PatientView),
  } satisfies OfflineCommand<Key, RegisterPatientBody>,
  {
    command: UPDATE_DEMOGRAPHICS,
    label: 'offline.updateDemographics',
    refusals: {
      PATIENT_MERGED: {
        message: 'offline.merged',
        values: mergedInto,
        choices: ['pick-another', 'discard'],
        href: (_data, problem) => `/patients/${String(problem.details?.mergedInto ?? '')}`,
      },
      VERSION_CONFLICT: {
        message: 'offline.changedMeanwhile',
        choices: ['retry-with-changes', 'discard'],
        href: (data: { patientId: string }) => `/patients/${data.patientId}`,
      },
    },
  } satisfies OfflineCommand<Key, { patientId: string }>,
];
