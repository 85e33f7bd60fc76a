import { handleCommand } from '@hms/sdk';
import { RegisterPatient } from '../contracts/commands';
import { PATIENT_REGISTER } from '../contracts/permissions';
import type { PatientView } from '../contracts/queries';
import { formatMrn, MRN_SEQUENCE } from '../domain/mrn/mrn';
import { patientDecider } from '../domain/patient/patient.decider';
import { patientStream } from '../domain/patient/patient.stream';
import { patientView } from './patient-view';

/** Assigns the id and the MRN, lets the decider register, and answers with the new patient's view. */
export const registerPatientHandler = handleCommand(RegisterPatient, {
  permission: PATIENT_REGISTER,
  auditPatient: (_data, patient: PatientView | undefined) => patient?.id,
  async handle(data, ctx): Promise<PatientView> {
    const patientId = ctx.newId();
    const mrn = formatMrn(await ctx.sequences.next(MRN_SEQUENCE.name));
    const { state, version } = await ctx.streams.decide(
      patientStream(patientId),
      patientDecider,
      { type: 'patient.RegisterPatient', data: { ...data, patientId, mrn }, meta: ctx.meta },
      { expectedVersion: 'no-stream' },
    );
    return patientView(state, version);
  },
});
