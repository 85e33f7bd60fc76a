import { bodyWithParams, defineRoute, z, type RouteDefinition, type RouteRequest } from '@hms/sdk';
import {
  ChangeAllergyStatus, ChangeMedication, ClosePlan, PrescribeMedication, RecordAllergy, RecordObservation, RecordPlanProgress,
  RecordProblem, ResolveProblem, StartPlan, StopMedication,
} from '../contracts/commands';
import { chartViewSchema, GetChart } from '../contracts/queries';

/** The body schema of a chart command: its fields without the path's patient (and entry) id. */
const bodyOf = (command: { schema: unknown }, ...omit: string[]): z.ZodType => {
  const schema = command.schema as z.ZodObject;
  return schema.omit(Object.fromEntries(['patientId', ...omit].map((k) => [k, true])) as never);
};

export const getChartRoute = defineRoute({
  method: 'GET',
  path: '/charts/:patientId',
  summary: "A patient's chart",
  description:
    'Current problems, active allergies and medications, the latest vital signs, open plans (with whether each is ' +
    'working) and notes. `?asOf=<ISO instant>` answers the chart as it stood then, rebuilt from the record\'s events.',
  query: GetChart,
  queryString: z.object({ asOf: z.string().optional() }),
  input: (request: RouteRequest) => ({ patientId: request.params.patientId, asOf: request.query.asOf }),
  response: chartViewSchema,
});

export const recordProblemRoute = defineRoute({
  method: 'POST', path: '/charts/:patientId/problems', summary: 'Add a diagnosis or problem (ICD-10)',
  command: RecordProblem, status: 201, body: bodyOf(RecordProblem), input: bodyWithParams,
});
export const resolveProblemRoute = defineRoute({
  method: 'POST', path: '/charts/:patientId/problems/:problemId/resolve', summary: 'Resolve a problem',
  command: ResolveProblem, body: bodyOf(ResolveProblem, 'problemId'), input: bodyWithParams,
});
export const recordAllergyRoute = defineRoute({
  method: 'POST', path: '/charts/:patientId/allergies', summary: 'Record an allergy or intolerance',
  command: RecordAllergy, status: 201, body: bodyOf(RecordAllergy), input: bodyWithParams,
});
export const changeAllergyStatusRoute = defineRoute({
  method: 'POST', path: '/charts/:patientId/allergies/:allergyId/status',
  summary: 'Mark an allergy inactive, resolved or entered-in-error (with a reason)',
  command: ChangeAllergyStatus, body: bodyOf(ChangeAllergyStatus, 'allergyId'), input: bodyWithParams,
});
export const prescribeMedicationRoute = defineRoute({
  method: 'POST', path: '/charts/:patientId/medications', summary: 'Prescribe a medication',
  command: PrescribeMedication, status: 201, body: bodyOf(PrescribeMedication), input: bodyWithParams,
});
export const changeMedicationRoute = defineRoute({
  method: 'POST', path: '/charts/:patientId/medications/:medicationId/change', summary: "Change a medication's dosage (with a reason)",
  command: ChangeMedication, body: bodyOf(ChangeMedication, 'medicationId'), input: bodyWithParams,
});
export const stopMedicationRoute = defineRoute({
  method: 'POST', path: '/charts/:patientId/medications/:medicationId/stop', summary: 'Stop a medication (with a reason)',
  command: StopMedication, body: bodyOf(StopMedication, 'medicationId'), input: bodyWithParams,
});
export const recordObservationRoute = defineRoute({
  method: 'POST', path: '/charts/:patientId/observations', summary: 'Record a vital sign or other observation',
  description: 'A LOINC `code`, a `value` and a UCUM `unit` that fits the code (see /api/terminology/loinc); else 422.',
  command: RecordObservation, status: 201, body: bodyOf(RecordObservation), input: bodyWithParams,
});
export const startPlanRoute = defineRoute({
  method: 'POST', path: '/charts/:patientId/plans', summary: 'Start a treatment plan with goals',
  command: StartPlan, status: 201, body: bodyOf(StartPlan), input: bodyWithParams,
});
export const recordPlanProgressRoute = defineRoute({
  method: 'POST', path: '/charts/:patientId/plans/:planId/progress', summary: 'Record progress on a plan',
  command: RecordPlanProgress, status: 201, body: bodyOf(RecordPlanProgress, 'planId'), input: bodyWithParams,
});
export const closePlanRoute = defineRoute({
  method: 'POST', path: '/charts/:patientId/plans/:planId/close', summary: 'Close a treatment plan',
  command: ClosePlan, body: bodyOf(ClosePlan, 'planId'), input: bodyWithParams,
});

export const chartRoutes: readonly RouteDefinition[] = [
  getChartRoute, recordProblemRoute, resolveProblemRoute, recordAllergyRoute, changeAllergyStatusRoute, prescribeMedicationRoute,
  changeMedicationRoute, stopMedicationRoute, recordObservationRoute, startPlanRoute, recordPlanProgressRoute, closePlanRoute,
];
