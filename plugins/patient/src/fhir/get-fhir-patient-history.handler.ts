import { defineQuery, handleQuery, z } from '@hms/sdk';
import { PATIENT_READ } from '../contracts/permissions';
import type { PatientView } from '../contracts/queries';
import { patientDecider } from '../domain/patient/patient.decider';
import { patientStream } from '../domain/patient/patient.stream';
import { patientView } from '../handlers/patient-view';

/**
 * A patient record's versions, folded from its own event stream: one per event while the record was registered,
 * oldest first, each with the stream's version (the REST ETag and FHIR `meta.versionId`). A merged-away record's
 * versions end at its merge (its id reads its survivor; its history stays its own). Not published: only this
 * plugin's FHIR contribution asks it (`_history`, `vread`).
 */
export const GetFhirPatientHistory = defineQuery(
  'patient.GetFhirPatientHistory',
  z.strictObject({ id: z.uuid() }),
  "A patient record's versions, from its event stream",
).returns<readonly PatientView[]>();

export const getFhirPatientHistoryHandler = handleQuery(GetFhirPatientHistory, {
  permission: PATIENT_READ,
  auditPatient: (params) => params.id,
  async handle({ id }, ctx): Promise<readonly PatientView[]> {
    const versions = await ctx.streamHistory(patientStream(id), patientDecider);
    return versions.flatMap(({ state, version }) =>
      state.status === 'registered' ? [patientView(state, version)] : [],
    );
  },
});
