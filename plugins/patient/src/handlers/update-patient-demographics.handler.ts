import { handleCommand, NotFoundError } from '@hms/sdk';
import { UpdatePatientDemographics } from '../contracts/commands';
import { PATIENT_UPDATE } from '../contracts/permissions';
import type { PatientView } from '../contracts/queries';
import { patientDecider } from '../domain/patient/patient.decider';
import { patientStream } from '../domain/patient/patient.stream';
import { PATIENT_NOT_FOUND } from '../errors';
import { patientView } from './patient-view';

/**
 * Applies a demographics change. With `expectedVersion` (the client's `If-Match`) the store refuses a stale edit
 * with VERSION_CONFLICT; without it, the change is decided on the current version (last writer wins per field).
 */
export const updatePatientDemographicsHandler = handleCommand(UpdatePatientDemographics, {
  permission: PATIENT_UPDATE,
  auditPatient: (data) => data.patientId,
  async handle({ expectedVersion, ...data }, ctx): Promise<PatientView> {
    const stream = patientStream(data.patientId);
    if (expectedVersion !== undefined) {
      // The store checks If-Match before the decider runs: an unknown patient must still answer 404, not 409
      // (a merged record goes on to the decider, which refuses it with PATIENT_MERGED).
      const { state } = await ctx.streams.load(stream, patientDecider);
      if (state.status === 'unregistered') throw new NotFoundError(PATIENT_NOT_FOUND, { patientId: data.patientId });
    }
    const { state, version } = await ctx.streams.decide(
      stream,
      patientDecider,
      { type: 'patient.UpdatePatientDemographics', data, meta: ctx.meta },
      expectedVersion === undefined ? {} : { expectedVersion },
    );
    return patientView(state, version);
  },
});
