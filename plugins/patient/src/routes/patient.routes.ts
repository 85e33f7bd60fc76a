import { defineRoute, z, type RouteDefinition, type RouteRequest, type RouteResponse } from '@hms/sdk';
import { RegisterPatient, UpdatePatientDemographics } from '../contracts/commands';
import {
  GetPatient,
  patientPageSchema,
  patientViewSchema,
  SearchPatients,
  type PatientView,
} from '../contracts/queries';
import { demographicsChangesShape } from '../contracts/schemas';
import { expectedVersionFromIfMatch } from './if-match';

/** A patient answer: the view, its version as a strong ETag (the `If-Match` of the next edit). */
const withETag = (patient: PatientView): RouteResponse => ({
  body: patient,
  headers: { ETag: `"${patient.version}"` },
});

export const registerPatientRoute = defineRoute({
  method: 'POST',
  path: '/patients',
  summary: 'Register a patient',
  description: 'Assigns a new id and medical record number. Send an Idempotency-Key to make a retry safe.',
  command: RegisterPatient,
  status: 201,
  response: patientViewSchema,
  etag: true,
  respond: (patient) => ({
    status: 201,
    body: patient,
    headers: { ETag: `"${patient.version}"`, Location: `/api/patients/${patient.id}` },
  }),
});

export const searchPatientsRoute = defineRoute({
  method: 'GET',
  path: '/patients',
  summary: 'Search patients',
  description: 'By name words (prefixes of family and given name), MRN or birth date; paginated.',
  query: SearchPatients,
  response: patientPageSchema,
});

/**
 * The same search with the criteria in the body: names and birth dates are patient data, and a URL ends up in
 * proxy logs and browser history. The web client uses this one.
 */
export const searchPatientsByBodyRoute = defineRoute({
  method: 'POST',
  path: '/patients/search',
  summary: 'Search patients (criteria in the body)',
  description: 'As GET /api/patients, with the criteria as a JSON body so they stay out of URLs and logs.',
  query: SearchPatients,
  queryString: SearchPatients.schema,
  input: (request: RouteRequest) => request.body,
  response: patientPageSchema,
});

export const getPatientRoute = defineRoute({
  method: 'GET',
  path: '/patients/:id',
  summary: 'Look up a patient',
  query: GetPatient,
  response: patientViewSchema,
  etag: true,
  respond: withETag,
});

export const updatePatientDemographicsRoute = defineRoute({
  method: 'PATCH',
  path: '/patients/:id',
  summary: "Update a patient's demographics",
  description: 'Only the fields sent change; null removes an optional field. Send If-Match with the ETag you read.',
  command: UpdatePatientDemographics,
  response: patientViewSchema,
  etag: true,
  body: z.strictObject(demographicsChangesShape),
  input: (request: RouteRequest) => withPatientAndVersion(request),
  respond: withETag,
});

/** The body's fields plus the patient id from the path and the version from `If-Match`. */
function withPatientAndVersion(request: RouteRequest): unknown {
  const { body } = request;
  const expectedVersion = expectedVersionFromIfMatch(request.headers['if-match']);
  // A body that is not a JSON object goes to the schema as it is, which rejects it with a 400.
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return body;
  return { ...body, patientId: request.params.id, expectedVersion };
}

export const patientRoutes: readonly RouteDefinition[] = [
  registerPatientRoute,
  searchPatientsRoute,
  searchPatientsByBodyRoute,
  getPatientRoute,
  updatePatientDemographicsRoute,
];
