import { NotFoundError, type QueryContext } from '@hms/sdk';
import { type PatientReference, ResolvePatient } from '@hms/plugin-patient/contracts';
import { PATIENT_NOT_FOUND } from '../errors';

/**
 * The patient must be registered, and not merged away (a merged record takes nothing new; the desk uses the
 * survivor). Asked of the patient plugin through its published `ResolvePatient`, as the acting user (the roles
 * that book or admit hold patient:record:read), in the command's `prepare`, before any stream is touched.
 */
export async function requireRegisteredPatient(ctx: QueryContext, patientId: string): Promise<void> {
  const patient = await ctx.ask<typeof ResolvePatient, PatientReference>(ResolvePatient, { id: patientId });
  if (patient.mergedFrom !== undefined) {
    throw new NotFoundError(PATIENT_NOT_FOUND, { patientId }, { message: 'There is no such patient.' });
  }
}
