import { handleQuery } from '@hms/sdk';
import { PATIENT_READ } from '../contracts/permissions';
import { DEFAULT_PAGE_SIZE, SearchPatients, type PatientPage } from '../contracts/queries';
import { searchPatientDirectory } from '../projections/patient-directory.read';
import { toSearchCriteria } from '../projections/search-criteria';

/** A page of matching patients; the audit log records every patient shown. */
export const searchPatientsHandler = handleQuery(SearchPatients, {
  permission: PATIENT_READ,
  auditPatient: (_params, page: PatientPage | undefined) => page?.items.map((patient) => patient.id),
  async handle(params, ctx): Promise<PatientPage> {
    const page = { limit: params.limit ?? DEFAULT_PAGE_SIZE, offset: params.offset ?? 0 };
    const { items, total } = await searchPatientDirectory(ctx.sql, toSearchCriteria(params), page);
    return { items, total, ...page };
  },
});
