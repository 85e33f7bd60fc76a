import { handleCommand, NotFoundError } from '@hms/sdk';
import { MergePatients } from '../contracts/commands';
import { PATIENT_MERGE } from '../contracts/permissions';
import type { PatientView } from '../contracts/queries';
import { patientDecider } from '../domain/patient/patient.decider';
import { patientStream } from '../domain/patient/patient.stream';
import { PATIENT_NOT_FOUND } from '../errors';
import { patientView } from './patient-view';

/**
 * Merges `mergedId` into `survivorId`: PatientMerged on the merged record's stream, PatientMergeReceived on the
 * survivor's, in one transaction, each appended at the version it was decided on (a concurrent change to either
 * record is a conflict, retried once). Answers with the survivor's view.
 */
export const mergePatientsHandler = handleCommand(MergePatients, {
  permission: PATIENT_MERGE,
  auditPatient: (data) => [data.survivorId, data.mergedId],
  async handle({ survivorId, mergedId, reason }, ctx): Promise<PatientView> {
    const merged = await ctx.streams.decide(patientStream(mergedId), patientDecider, {
      type: 'patient.MergeInto',
      data: { patientId: mergedId, survivorId, reason },
      meta: ctx.meta,
    });
    if (merged.state.status !== 'merged') throw new NotFoundError(PATIENT_NOT_FOUND, { patientId: mergedId });
    const survivor = await ctx.streams.decide(patientStream(survivorId), patientDecider, {
      type: 'patient.AbsorbMerged',
      data: { patientId: survivorId, mergedPatientId: mergedId, mergedMrn: merged.state.mrn, reason },
      meta: ctx.meta,
    });
    return patientView(survivor.state, survivor.version);
  },
});
