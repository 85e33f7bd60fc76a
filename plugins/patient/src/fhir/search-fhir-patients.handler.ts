import { defineQuery, handleQuery, ValidationError, z } from '@hms/sdk';
import { PATIENT_READ } from '../contracts/permissions';
import { MAX_PAGE_SIZE, type PatientView } from '../contracts/queries';
import { birthDateSchema, mrnSchema } from '../contracts/schemas';
import { findIdentifierHolders, findPatientDetails } from '../projections/master-index.read';
import { findPatientView, searchPatientDirectory } from '../projections/patient-directory.read';
import { toSearchCriteria } from '../projections/search-criteria';

/**
 * The patients a FHIR Patient search may match: by an identifier of any system (the master index), or by MRN,
 * name words and birth date (the directory); at most 100, with their details. The FHIR server filters them by
 * every parameter afterwards. Not published: only this plugin's FHIR contribution asks it.
 */
export const SearchFhirPatients = defineQuery(
  'patient.SearchFhirPatients',
  z.strictObject({
    identifier: z.strictObject({ system: z.string().min(1).max(100), value: z.string().min(1).max(64) }).optional(),
    mrn: mrnSchema.optional(),
    name: z.string().trim().min(1).max(100).optional(),
    birthDate: birthDateSchema.optional(),
  }),
  'Patients a FHIR Patient search may match, with their details',
).returns<readonly PatientView[]>();

export const searchFhirPatientsHandler = handleQuery(SearchFhirPatients, {
  permission: PATIENT_READ,
  auditPatient: (_params, found) => found?.map((patient) => patient.id),
  async handle({ identifier, mrn, name, birthDate }, ctx): Promise<readonly PatientView[]> {
    if (!identifier && !mrn && !name && !birthDate) {
      throw new ValidationError(
        [{ path: 'identifier', message: 'Name the patient: identifier, name, birthdate or _id' }],
        'FHIR_SEARCH_TOO_BROAD',
      );
    }
    const ids = identifier
      ? (await findIdentifierHolders(ctx.sql, [{ kind: 'other', ...identifier }])).map((h) => h.patientId)
      : (
          await searchPatientDirectory(ctx.sql, toSearchCriteria({ q: name, mrn, birthDate }), {
            limit: MAX_PAGE_SIZE,
            offset: 0,
          })
        ).items.map((p) => p.id);
    const views = await Promise.all(
      [...new Set(ids)].map(async (id) => {
        const view = await findPatientView(ctx.sql, id);
        return view && { ...view, ...(await findPatientDetails(ctx.sql, id)) };
      }),
    );
    return views.filter((view): view is PatientView => view !== undefined);
  },
});
