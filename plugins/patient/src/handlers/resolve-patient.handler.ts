import { handleQuery, NotFoundError } from '@hms/sdk';
import { type PatientReference, ResolvePatient } from '../contracts/queries';
import { PATIENT_READ } from '../contracts/permissions';
import { PATIENT_NOT_FOUND } from '../errors';
import { findMergedRecord } from '../projections/master-index.read';

/**
 * Published for other plugins: one indexed read of the directory, ids and MRNs only. A merged-away id answers its
 * survivor with `mergedFrom`, like `GetPatient`; the asking plugin decides whether to follow it or refuse.
 */
export const resolvePatientHandler = handleQuery(ResolvePatient, {
  permission: PATIENT_READ,
  published: true,
  auditPatient: (params, answer: PatientReference | undefined) =>
    answer === undefined || answer.patientId === params.id ? params.id : [params.id, answer.patientId],
  async handle({ id }, ctx): Promise<PatientReference> {
    const merged = await findMergedRecord(ctx.sql, id);
    const patientId = merged?.survivorId ?? id;
    const [row] = await ctx.sql.query<{ mrn: string; registered_at: string }>(
      `SELECT mrn, to_char(registered_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS registered_at
         FROM patient.directory WHERE id = $1`,
      [patientId],
    );
    if (row === undefined) throw new NotFoundError(PATIENT_NOT_FOUND, { patientId: id });
    const reference = { patientId, mrn: row.mrn, registeredAt: row.registered_at };
    return { ...reference, ...(merged === undefined ? {} : { mergedFrom: { id, mrn: merged.mrn } }) };
  },
});
