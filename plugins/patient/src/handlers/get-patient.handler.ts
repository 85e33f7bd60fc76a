import { handleQuery, NotFoundError } from '@hms/sdk';
import { PATIENT_READ } from '../contracts/permissions';
import { GetPatient, type PatientView } from '../contracts/queries';
import { PATIENT_NOT_FOUND } from '../errors';
import { findPatientView } from '../projections/patient-directory.read';

/** One patient from the directory, with its version (the ETag). */
export const getPatientHandler = handleQuery(GetPatient, {
  permission: PATIENT_READ,
  auditPatient: (params) => params.id,
  async handle({ id }, ctx): Promise<PatientView> {
    const view = await findPatientView(ctx.sql, id);
    if (view === undefined) throw new NotFoundError(PATIENT_NOT_FOUND, { patientId: id });
    return view;
  },
});
