import { InvariantViolation, NotFoundError, type QueryContext } from '@hms/sdk';
import { GetPatient } from '@hms/plugin-patient/contracts';
import type { PatientSex } from '../contracts/schemas';
import { PATIENT_MERGED, PATIENT_NOT_FOUND } from '../errors';

/** What a requisition carries about the patient for the reference ranges. */
export interface RequisitionPatient {
  readonly patientSex: PatientSex;
  readonly patientBirthDate: string;
}

/**
 * Asked through the patient plugin's published `GetPatient`, as the requester (audited there): an order is filed
 * only under a record the master index knows, and a merged-away id is refused with the record to use instead, so
 * results never land on a record nobody reads.
 */
export async function requisitionPatient(ctx: QueryContext, patientId: string): Promise<RequisitionPatient> {
  const patient = await ctx.ask(GetPatient, { id: patientId }).catch((error: unknown) => {
    if (!(error instanceof NotFoundError)) throw error;
    throw new NotFoundError(
      PATIENT_NOT_FOUND,
      { patientId },
      { message: `No patient record has the id ${patientId}: find the patient's record first.`, cause: error },
    );
  });
  if (patient.mergedFrom !== undefined) {
    throw new InvariantViolation(
      PATIENT_MERGED,
      { patientId, mergedInto: patient.id },
      { message: `Patient record ${patientId} was merged into ${patient.id}: order on ${patient.id}.` },
    );
  }
  return { patientSex: patient.gender, patientBirthDate: patient.birthDate };
}
