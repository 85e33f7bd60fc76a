import { handleQuery, NotFoundError } from '@hms/sdk';
import { PATIENT_READ } from '../contracts/permissions';
import { GetPatient, type PatientView } from '../contracts/queries';
import { PATIENT_NOT_FOUND } from '../errors';
import { findMergedRecord, findPatientDetails } from '../projections/master-index.read';
import { findPatientView } from '../projections/patient-directory.read';

/**
 * One patient from the directory, with its details and version (the ETag). A merged-away record's id answers with
 * its survivor (200, `mergedFrom` naming the record asked for): links and bookmarks to the old record keep
 * working and show the record that is kept up to date. Published: other plugins may ask it through `ctx.ask`.
 */
export const getPatientHandler = handleQuery(GetPatient, {
  permission: PATIENT_READ,
  // Other plugins may ask it (ctx.ask); the cheaper ResolvePatient answers whether an id names a record.
  published: true,
  auditPatient: (params, view: PatientView | undefined) =>
    view === undefined || view.id === params.id ? params.id : [params.id, view.id],
  async handle({ id }, ctx): Promise<PatientView> {
    const merged = await findMergedRecord(ctx.sql, id);
    const patientId = merged?.survivorId ?? id;
    const view = await findPatientView(ctx.sql, patientId);
    if (view === undefined) throw new NotFoundError(PATIENT_NOT_FOUND, { patientId: id });
    const details = await findPatientDetails(ctx.sql, patientId);
    return { ...view, ...details, ...(merged === undefined ? {} : { mergedFrom: { id, mrn: merged.mrn } }) };
  },
});
