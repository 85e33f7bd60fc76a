import { defineRoute, requestLocale, z, type RouteDefinition, type RouteResponse } from '@hms/sdk';
import {
  AddCareTeamMember,
  addCareTeamMemberBodySchema,
  CloseEncounter,
  OpenEncounter,
  RemoveCareTeamMember,
} from '../contracts/commands';
import {
  careTeamSchema,
  encounterListSchema,
  encounterViewSchema,
  GetCareTeam,
  GetEncounter,
  GetEncounterSummary,
  ListEncounters,
  ListMyPatients,
  myPatientListSchema,
  type EncounterSummaryAnswer,
} from '../contracts/queries';

export const openEncounterRoute = defineRoute({
  method: 'POST',
  path: '/encounters',
  summary: 'Open an outpatient visit or inpatient stay',
  description: 'Usually opened for you by an appointment check-in or an admission when the patient module is enabled.',
  command: OpenEncounter,
  status: 201,
  response: encounterViewSchema,
});
export const closeEncounterRoute = defineRoute({
  method: 'POST',
  path: '/encounters/:encounterId/close',
  summary: 'Close an encounter',
  command: CloseEncounter,
  body: z.object({}),
  input: (request) => ({ encounterId: request.params.encounterId, because: 'completed' }),
  response: encounterViewSchema,
});
export const getCareTeamRoute = defineRoute({
  method: 'GET',
  path: '/encounters/:encounterId/care-team',
  summary: "An encounter's care team",
  query: GetCareTeam,
  response: careTeamSchema,
});
export const addCareTeamMemberRoute = defineRoute({
  method: 'POST',
  path: '/encounters/:encounterId/care-team',
  summary: "Add someone to an open encounter's care team",
  description:
    '`{"memberId": "<account or practitioner id>", "role": "consulting"}`: they reach the patient\'s record until the encounter closes.',
  command: AddCareTeamMember,
  status: 201,
  body: addCareTeamMemberBodySchema,
  response: careTeamSchema,
});
export const removeCareTeamMemberRoute = defineRoute({
  method: 'DELETE',
  path: '/encounters/:encounterId/care-team/:memberId',
  summary: "Remove someone from an encounter's care team",
  command: RemoveCareTeamMember,
  input: (request) => ({ ...request.params }),
  response: careTeamSchema,
});
export const listEncountersRoute = defineRoute({
  method: 'GET',
  path: '/encounters',
  summary: "A patient's encounters",
  description: '`?patientId=` is required.',
  query: ListEncounters,
  response: encounterListSchema,
});
export const listMyPatientsRoute = defineRoute({
  method: 'GET',
  path: '/encounters/mine',
  summary: "The caller's patients: open encounters whose care team names them",
  description: "Most recently opened first, with the caller's role on the team and the patient's name and MRN.",
  query: ListMyPatients,
  response: myPatientListSchema,
});
export const getEncounterRoute = defineRoute({
  method: 'GET',
  path: '/encounters/:encounterId',
  summary: 'One encounter',
  query: GetEncounter,
  response: encounterViewSchema,
});

const summaryResponse = (result: EncounterSummaryAnswer): RouteResponse =>
  result.pdf
    ? {
        body: result.pdf,
        headers: {
          'content-type': 'application/pdf',
          'content-disposition': `inline; filename="${result.summary.kind}.pdf"`,
        },
      }
    : { body: result.summary };

export const getEncounterSummaryRoute = defineRoute({
  method: 'GET',
  path: '/encounters/:encounterId/summary',
  summary: 'Visit or discharge summary (JSON, or PDF with ?format=pdf)',
  description: 'Built on request from the record as it stood at the end of the encounter, and its signed notes.',
  query: GetEncounterSummary,
  queryString: z.object({
    format: z.enum(['json', 'pdf']).optional(),
    timeZone: z.string().max(64).optional().describe('The time zone the PDF prints times in (IANA; default UTC)'),
  }),
  // The PDF is printed in the reader's language (Accept-Language); the JSON is data and has none.
  input: (request) => ({ ...request.query, ...request.params, locale: requestLocale(request) }),
  respond: summaryResponse,
});
export const getEncounterSummaryPdfRoute = defineRoute({
  method: 'GET',
  path: '/encounters/:encounterId/summary.pdf',
  summary: 'Visit or discharge summary as PDF',
  query: GetEncounterSummary,
  queryString: z.object({
    timeZone: z.string().max(64).optional().describe('The time zone the PDF prints times in (IANA; default UTC)'),
  }),
  input: (request) => ({
    encounterId: request.params.encounterId,
    format: 'pdf',
    timeZone: request.query.timeZone,
    locale: requestLocale(request),
  }),
  respond: summaryResponse,
});

export const encounterRoutes: readonly RouteDefinition[] = [
  openEncounterRoute,
  closeEncounterRoute,
  listEncountersRoute,
  listMyPatientsRoute,
  getEncounterRoute,
  getEncounterSummaryRoute,
  getEncounterSummaryPdfRoute,
  getCareTeamRoute,
  addCareTeamMemberRoute,
  removeCareTeamMemberRoute,
];
