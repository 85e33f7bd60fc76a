import { InvariantViolation, NotFoundError, type QueryContext } from '@hms/sdk';
import { ResolvePatient } from '@hms/plugin-patient/contracts';
import { PATIENT_MERGED, PATIENT_NOT_FOUND } from '../errors';

/**
 * An account is opened only under an id the patient plugin knows, so a mistyped id cannot start an account nobody
 * can find. Asked as the acting user (the patient plugin's `patient:record:read`, which desk roles hold), audited.
 * A merged-away id is refused with the survivor named: billing keeps one account per id.
 */
export async function checkPatientOnFile(ctx: QueryContext, patientId: string): Promise<void> {
  const patient = await ctx.ask(ResolvePatient, { id: patientId }).catch((error: unknown) => {
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
      { patientId, mergedInto: patient.patientId },
      { message: `Patient record ${patientId} was merged into ${patient.patientId}: bill ${patient.patientId}.` },
    );
  }
}
