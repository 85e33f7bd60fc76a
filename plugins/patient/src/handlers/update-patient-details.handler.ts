import { handleCommand, NotFoundError } from '@hms/sdk';
import { UpdatePatientDetails } from '../contracts/commands';
import { PATIENT_UPDATE } from '../contracts/permissions';
import type { PatientView } from '../contracts/queries';
import { patientDecider } from '../domain/patient/patient.decider';
import { patientStream } from '../domain/patient/patient.stream';
import { PATIENT_NOT_FOUND } from '../errors';
import { assertIdentifiersFree } from './identifier-check';
import { patientView } from './patient-view';

/** Replaces detail lists; an identifier another patient holds is refused with IDENTIFIER_IN_USE (409). */
export const updatePatientDetailsHandler = handleCommand(UpdatePatientDetails, {
  permission: PATIENT_UPDATE,
  auditPatient: (data) => data.patientId,
  async handle({ expectedVersion, ...data }, ctx): Promise<PatientView> {
    const stream = patientStream(data.patientId);
    if (expectedVersion !== undefined) {
      // As for demographics: an unknown patient answers 404 even when If-Match names a version.
      const { state } = await ctx.streams.load(stream, patientDecider);
      if (state.status === 'unregistered') throw new NotFoundError(PATIENT_NOT_FOUND, { patientId: data.patientId });
    }
    await assertIdentifiersFree(ctx.sql, data.patientId, data.identifiers);
    const { state, version } = await ctx.streams.decide(
      stream,
      patientDecider,
      { type: 'patient.UpdatePatientDetails', data, meta: ctx.meta },
      expectedVersion === undefined ? {} : { expectedVersion },
    );
    return patientView(state, version);
  },
});
