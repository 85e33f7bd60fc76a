import { defineRoute, type RouteDefinition, type RouteRequest } from '@hms/sdk';
import {
  AdmitPatient,
  dischargeBodySchema,
  DischargePatient,
  transferBodySchema,
  TransferPatient,
} from '../contracts/commands';
import {
  bedChangeSchema,
  censusSchema,
  GetCensus,
  GetWardBoard,
  ListWards,
  ListWardStaff,
  stayViewSchema,
  wardBoardSchema,
  wardListSchema,
  wardStaffListSchema,
  wardStaffMemberSchema,
  wardViewSchema,
} from '../contracts/queries';
import {
  addBedBodySchema,
  AddBed,
  AssignWardStaff,
  assignWardStaffBodySchema,
  EndWardStaffAssignment,
  bedServiceBodySchema,
  DefineWard,
  RemoveBed,
  RenameBed,
  renameBedBodySchema,
  SetBedService,
} from '../contracts/commands';

export const defineWardRoute = defineRoute({
  method: 'POST',
  path: '/wards',
  summary: 'Define a ward',
  description: 'A ward with a unique code, its specialty and (optionally) its beds, all empty and in service.',
  command: DefineWard,
  status: 201,
  response: wardViewSchema,
});

export const listWardsRoute = defineRoute({
  method: 'GET',
  path: '/wards',
  summary: 'List wards',
  description: 'Every ward with how many beds it has, how many are in service, occupied and free.',
  query: ListWards,
  response: wardListSchema,
});

export const getWardBoardRoute = defineRoute({
  method: 'GET',
  path: '/wards/:wardId/board',
  summary: "A ward's bed board",
  description: 'Every bed of the ward: free, occupied (by whom, since when) or out of service (why).',
  query: GetWardBoard,
  response: wardBoardSchema,
});

export const addBedRoute = defineRoute({
  method: 'POST',
  path: '/wards/:wardId/beds',
  summary: 'Add a bed to a ward',
  command: AddBed,
  status: 201,
  body: addBedBodySchema,
  response: bedChangeSchema,
});

export const removeBedRoute = defineRoute({
  method: 'DELETE',
  path: '/wards/:wardId/beds/:bedId',
  summary: 'Remove an empty bed from a ward',
  command: RemoveBed,
  input: (request: RouteRequest) => ({ ...request.params }),
  response: bedChangeSchema,
});

export const renameBedRoute = defineRoute({
  method: 'PUT',
  path: '/wards/:wardId/beds/:bedId/label',
  summary: 'Give a bed another label',
  description:
    'The bed keeps its id, its patient or its out-of-service reason; boards and the census show the new label.',
  command: RenameBed,
  body: renameBedBodySchema,
  response: bedChangeSchema,
});

export const setBedServiceRoute = defineRoute({
  method: 'POST',
  path: '/wards/:wardId/beds/:bedId/service',
  summary: 'Take a bed out of service, or put it back',
  description: '`{"inService": false, "reason": "cleaning"}` closes an empty bed; `{"inService": true}` reopens it.',
  command: SetBedService,
  body: bedServiceBodySchema,
  response: bedChangeSchema,
});

export const admitPatientRoute = defineRoute({
  method: 'POST',
  path: '/admissions',
  summary: 'Admit a patient to a bed',
  description:
    'The bed must be free and in service, and the patient not already admitted; else 422 with a reason. ' +
    'Send an Idempotency-Key to make a retry safe.',
  command: AdmitPatient,
  status: 201,
  response: stayViewSchema,
});

export const transferPatientRoute = defineRoute({
  method: 'POST',
  path: '/admissions/:patientId/transfer',
  summary: 'Transfer an admitted patient to another bed',
  command: TransferPatient,
  body: transferBodySchema,
  response: stayViewSchema,
});

export const dischargePatientRoute = defineRoute({
  method: 'POST',
  path: '/admissions/:patientId/discharge',
  summary: 'Discharge an admitted patient',
  command: DischargePatient,
  body: dischargeBodySchema,
  response: stayViewSchema,
});

export const getCensusRoute = defineRoute({
  method: 'GET',
  path: '/census',
  summary: 'Census: who is in which bed now',
  description: 'Every occupied bed, by ward code and bed label; `?wardId=` for one ward.',
  query: GetCensus,
  response: censusSchema,
});

export const listWardStaffRoute = defineRoute({
  method: 'GET',
  path: '/wards/:wardId/staff',
  summary: "A ward's team",
  description: "Who is on the ward's team now; under the care-relationship policy they reach its inpatients' records.",
  query: ListWardStaff,
  response: wardStaffListSchema,
});

export const assignWardStaffRoute = defineRoute({
  method: 'POST',
  path: '/wards/:wardId/staff',
  summary: "Put someone on a ward's team",
  description:
    '`{"memberId": "<account or practitioner id>", "until": "<end of shift>"}`; `until` left out: until taken off.',
  command: AssignWardStaff,
  status: 201,
  body: assignWardStaffBodySchema,
  response: wardStaffMemberSchema,
});

export const endWardStaffAssignmentRoute = defineRoute({
  method: 'DELETE',
  path: '/wards/:wardId/staff/:memberId',
  summary: "Take someone off a ward's team",
  command: EndWardStaffAssignment,
  input: (request: RouteRequest) => ({ ...request.params }),
  response: wardStaffMemberSchema,
});

export const adtRoutes: readonly RouteDefinition[] = [
  defineWardRoute,
  listWardsRoute,
  getWardBoardRoute,
  addBedRoute,
  removeBedRoute,
  renameBedRoute,
  setBedServiceRoute,
  admitPatientRoute,
  transferPatientRoute,
  dischargePatientRoute,
  getCensusRoute,
  listWardStaffRoute,
  assignWardStaffRoute,
  endWardStaffAssignmentRoute,
];
