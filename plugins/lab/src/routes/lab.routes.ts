import { defineRoute, z, type RouteDefinition } from '@hms/sdk';
import {
  AcknowledgeCriticalResult,
  cancelLabOrderBodySchema,
  CancelLabOrder,
  CollectSpecimen,
  enterResultsBodySchema,
  EnterResults,
  PlaceLabOrder,
  ReceiveSpecimen,
  ValidateResults,
} from '../contracts/commands';
import {
  catalogueSchema,
  cumulativeResultsSchema,
  GetCumulativeResults,
  GetLabCatalogue,
  GetLabOrder,
  GetLabWorkItem,
  GetSpecimenLabels,
  labOrderListSchema,
  labOrderViewSchema,
  ListLabWorklist,
  ListPatientLabOrders,
} from '../contracts/queries';

/** A step on an order that needs nothing but the order's id (in the path). */
type OrderStep =
  typeof CollectSpecimen | typeof ReceiveSpecimen | typeof ValidateResults | typeof AcknowledgeCriticalResult;
const step = (path: string, summary: string, command: OrderStep): RouteDefinition =>
  defineRoute({
    method: 'POST',
    path: `/lab/orders/:orderId/${path}`,
    summary,
    command,
    body: z.object({}),
    input: (request) => ({ orderId: request.params.orderId }),
    response: labOrderViewSchema,
  });

export const labRoutes: readonly RouteDefinition[] = [
  defineRoute({
    method: 'GET',
    path: '/lab/catalogue',
    summary: 'The tests and panels the laboratory runs (LOINC codes, specimen, unit, reference ranges)',
    query: GetLabCatalogue,
    response: catalogueSchema,
  }),
  defineRoute({
    method: 'POST',
    path: '/lab/orders',
    summary: 'Order tests or panels for a patient',
    description:
      '`{"patientId", "tests": ["2823-3"], "panels": ["51990-0"], "priority": "routine|urgent|stat", "clinicalQuestion"}`: the requester is the signed-in account.',
    command: PlaceLabOrder,
    status: 201,
    response: labOrderViewSchema,
  }),
  defineRoute({
    method: 'GET',
    path: '/lab/orders/:orderId',
    summary: 'One order with its specimens and results (for the chart)',
    query: GetLabOrder,
    response: labOrderViewSchema,
  }),
  step('collect', "Record that the order's specimens were taken; answers the tubes' label codes", CollectSpecimen),
  defineRoute({
    method: 'GET',
    path: '/lab/orders/:orderId/labels',
    summary: "A collected order's tube labels as a PDF (Code 128 barcode of each label code, name, MRN, tests)",
    query: GetSpecimenLabels,
    respond: (result) => ({
      body: result.pdf,
      headers: {
        'content-type': 'application/pdf',
        'content-disposition': `attachment; filename="${result.accession}-labels.pdf"`,
      },
    }),
  }),
  step('receive', "Record that the order's specimens arrived in the laboratory", ReceiveSpecimen),
  defineRoute({
    method: 'POST',
    path: '/lab/orders/:orderId/results',
    summary: 'Enter (or correct, before validation) results in the catalogue units',
    description:
      '`{"results": [{"code": "2823-3", "value": 4.2}]}`: flagged against the range for the patient\'s age and sex.',
    command: EnterResults,
    body: enterResultsBodySchema,
    response: labOrderViewSchema,
  }),
  step('validate', 'Validate and release results entered by someone else', ValidateResults),
  defineRoute({
    method: 'POST',
    path: '/lab/orders/:orderId/cancel',
    summary: 'Cancel an order whose results are not released',
    command: CancelLabOrder,
    body: cancelLabOrderBodySchema,
    response: labOrderViewSchema,
  }),
  step(
    'acknowledge-critical',
    "Acknowledge the order's critical results (recorded and audited)",
    AcknowledgeCriticalResult,
  ),
  defineRoute({
    method: 'GET',
    path: '/lab/worklist',
    summary: "The laboratory's orders in a status (`?status=placed|collected|received|resulted`), stat first",
    query: ListLabWorklist,
    queryString: ListLabWorklist.schema,
    response: labOrderListSchema,
  }),
  defineRoute({
    method: 'GET',
    path: '/lab/worklist/:orderId',
    summary: 'One order of the worklist with its entered results (for the bench and the validator)',
    query: GetLabWorkItem,
    response: labOrderViewSchema,
  }),
  defineRoute({
    method: 'GET',
    path: '/lab/patients/:patientId/orders',
    summary: "A patient's laboratory orders, newest first",
    query: ListPatientLabOrders,
    response: labOrderListSchema,
  }),
  defineRoute({
    method: 'GET',
    path: '/lab/patients/:patientId/results',
    summary: "A patient's released results per test, oldest first (the cumulative view)",
    query: GetCumulativeResults,
    response: cumulativeResultsSchema,
  }),
];
