import { InvariantViolation, NotFoundError, type QueryContext } from '@hms/sdk';
import { ResolvePatient } from '@hms/plugin-patient/contracts';
import { PATIENT_MERGED, PATIENT_NOT_FOUND } from '../errors';

/**
 * Where the patient plugin is enabled it is the master patient index: an encounter, chart entry or note is filed
 * only under an id it knows, so a mistyped or stale id cannot start a clinical record nobody can find. Asked as
 * the acting user (patient:record:read, which the nurse and physician roles hold), audited with the patient id.
 *
 * A merged-away id is refused, not followed: the EHR keeps one chart per id, so filing under the survivor would
 * split what the clinician sees from what they asked for; the answer names the survivor to use instead.
 * Without the patient plugin the EHR trusts the ids it is given (another master patient index feeds it).
 */
export async function checkPatientOnFile(ctx: QueryContext, patientId: string): Promise<void> {
  if (!ctx.isEnabled('patient')) return;
  const patient = await ctx.ask(ResolvePatient, { id: patientId }).catch((error: unknown) => {
    if (!(error instanceof NotFoundError)) throw error;
    throw new NotFoundError(
      PATIENT_NOT_FOUND,
      { patientId },
      {
        message: `No patient record has the id ${patientId}: register the patient (or find their record) first.`,
        cause: error,
      },
    );
  });
  if (patient.mergedFrom !== undefined) {
    throw new InvariantViolation(
      PATIENT_MERGED,
      { patientId, mergedInto: patient.patientId },
      {
        message: `Patient record ${patientId} was merged into ${patient.patientId}: record this on ${patient.patientId}.`,
      },
    );
  }
}
