import { NotFoundError, type QueryContext } from '@hms/sdk';
import { type PatientReference, ResolvePatient } from './queries';

/** The code a plugin answers with when the patient a command names is not on file (or was merged away). */
export const PATIENT_NOT_ON_FILE = 'PATIENT_NOT_FOUND';

/**
 * The check every plugin makes before filing something under a patient id, published so each does it the same
 * way: the patient must be registered and not merged away (a merged record takes nothing new; the desk uses the
 * survivor). Asked through `ResolvePatient` as the acting user (roles that book or admit hold patient:record:read),
 * in a command's `prepare`, before any stream is touched. Answers the reference (with the registration time).
 */
export async function requireRegisteredPatient(ctx: QueryContext, patientId: string): Promise<PatientReference> {
  const patient = await ctx.ask(ResolvePatient, { id: patientId });
  if (patient.mergedFrom !== undefined) {
    throw new NotFoundError(PATIENT_NOT_ON_FILE, { patientId }, { message: 'There is no such patient.' });
  }
  return patient;
}
