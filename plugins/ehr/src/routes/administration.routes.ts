import { defineRoute, type RouteDefinition } from '@hms/sdk';
import {
  administrationEntrySchema,
  administrationRecordSchema,
  GetAdministrationRecord,
  RecordAdministration,
  recordAdministrationBodySchema,
} from '../contracts/administration';

export const getAdministrationRecordRoute = defineRoute({
  method: 'GET',
  path: '/charts/:patientId/administrations',
  summary: "An inpatient's medication administration record",
  description: 'Each medication on the chart with every dose given, held or refused (newest first), and the open stay.',
  query: GetAdministrationRecord,
  input: (request) => ({ patientId: request.params.patientId }),
  response: administrationRecordSchema,
});

export const recordAdministrationRoute = defineRoute({
  method: 'POST',
  path: '/charts/:patientId/administrations',
  summary: 'Record a dose as given, held or refused',
  description:
    '`{ medicationId, outcome: given|held|refused, administeredAt?, dose?, reason? }` (a reason for held or refused); ' +
    'during an open inpatient stay only (422 `NOT_AN_INPATIENT`).',
  command: RecordAdministration,
  // The command's schema checks a reason across fields, so the body without the path's patient is given here.
  body: recordAdministrationBodySchema,
  status: 201,
  response: administrationEntrySchema,
});

export const administrationRoutes: readonly RouteDefinition[] = [
  getAdministrationRecordRoute,
  recordAdministrationRoute,
];
