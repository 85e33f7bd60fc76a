import { defineRoute, z, type RouteDefinition, type RouteRequest, type RouteResponse } from '@hms/sdk';
import { MergePatients, UnmergePatient, unmergeResultSchema, UpdatePatientDetails } from '../contracts/commands';
import {
  duplicateCandidatesSchema,
  FindDuplicateCandidates,
  GetPatientTimeline,
  patientTimelineSchema,
} from '../contracts/queries';
import { mergeReasonSchema, patientDetailsShape, unmergeReasonSchema } from '../contracts/schemas';
import { patientViewSchema, type PatientView } from '../contracts/queries';
import { expectedVersionFromIfMatch } from './if-match';

/** A patient answer: the view, and its version in a strong ETag (the `If-Match` of the next edit). */
const withETag = (patient: PatientView): RouteResponse => ({
  body: patient,
  headers: { ETag: `"${patient.version}"` },
});

/** The body's fields plus the given path parameter, or the body as it is (the schema then rejects it). */
function bodyWith(request: RouteRequest, extra: Record<string, unknown>): unknown {
  const { body } = request;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return body;
  return { ...body, ...extra };
}

export const findDuplicateCandidatesRoute = defineRoute({
  method: 'POST',
  path: '/patients/duplicates',
  summary: 'Find likely duplicates of a registration',
  description:
    'Patients with one of the identifiers, or born the same day with a similar name (sound-alike, typo, given ' +
    'and family name swapped). The criteria go in the body so names stay out of URLs.',
  query: FindDuplicateCandidates,
  queryString: FindDuplicateCandidates.schema,
  input: (request: RouteRequest) => request.body,
  response: duplicateCandidatesSchema,
});

export const getPatientTimelineRoute = defineRoute({
  method: 'GET',
  path: '/patients/:id/timeline',
  summary: "A patient's timeline",
  description: 'Everything recorded about the patient (and records merged into it), oldest first.',
  query: GetPatientTimeline,
  response: patientTimelineSchema,
});

export const updatePatientDetailsRoute = defineRoute({
  method: 'PATCH',
  path: '/patients/:id/details',
  summary: "Update a patient's contacts, next of kin, identifiers or coverage",
  description:
    'Each list sent replaces the former one; lists not sent stay; [] removes all. Send If-Match with the ETag. ' +
    'An identifier another patient holds is refused with 409 IDENTIFIER_IN_USE.',
  command: UpdatePatientDetails,
  response: patientViewSchema,
  etag: true,
  body: z.strictObject(patientDetailsShape),
  input: (request: RouteRequest) =>
    bodyWith(request, {
      patientId: request.params.id,
      expectedVersion: expectedVersionFromIfMatch(request.headers['if-match']),
    }),
  respond: withETag,
});

export const mergePatientsRoute = defineRoute({
  method: 'POST',
  path: '/patients/:id/merge',
  summary: 'Merge a duplicate record into this one',
  description:
    'The record in the path survives; `mergedId` is merged into it. Its MRN then finds the survivor and it takes ' +
    'no more changes. Both histories stay.',
  command: MergePatients,
  response: patientViewSchema,
  etag: true,
  body: z.strictObject({ mergedId: z.uuid(), reason: mergeReasonSchema }),
  input: (request: RouteRequest) => bodyWith(request, { survivorId: request.params.id }),
  respond: withETag,
});

export const unmergePatientRoute = defineRoute({
  method: 'POST',
  path: '/patients/:id/unmerge',
  summary: 'Undo the merge of this record into its survivor',
  description:
    'The record in the path (merged away before) becomes active again with its MRN, details and identifiers; its ' +
    'survivor gives them back. A reason is required. 422 PATIENT_NOT_MERGED for a record not merged away, 422 ' +
    'UNMERGE_IDENTIFIER_IN_USE when one of its identifiers is now on another record (remove it there first).',
  command: UnmergePatient,
  response: unmergeResultSchema,
  body: z.strictObject({ reason: unmergeReasonSchema }),
  input: (request: RouteRequest) => bodyWith(request, { patientId: request.params.id }),
});

export const masterIndexRoutes: readonly RouteDefinition[] = [
  findDuplicateCandidatesRoute,
  getPatientTimelineRoute,
  updatePatientDetailsRoute,
  mergePatientsRoute,
  unmergePatientRoute,
];
