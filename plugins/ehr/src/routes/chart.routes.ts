import { defineRoute, z, type RouteDefinition } from '@hms/sdk';
import {
  ChangeAllergyStatus,
  ChangeMedication,
  ClosePlan,
  PrescribeMedication,
  RecordAllergy,
  RecordObservation,
  RecordPlanProgress,
  RecordProblem,
  ResolveProblem,
  StartPlan,
  StopMedication,
} from '../contracts/commands';
import { chartViewSchema, GetChart } from '../contracts/queries';

export const getChartRoute = defineRoute({
  method: 'GET',
  path: '/charts/:patientId',
  summary: "A patient's chart",
  description:
    'Current problems, active allergies and medications, the latest vital signs, open plans (with whether each is ' +
    "working) and notes. `?asOf=<ISO instant>` answers the chart as it stood then, rebuilt from the record's events.",
  query: GetChart,
  queryString: z.object({ asOf: z.string().optional() }),
  input: (request) => ({ patientId: request.params.patientId, asOf: request.query.asOf }),
  response: chartViewSchema,
});

export const recordProblemRoute = defineRoute({
  method: 'POST',
  path: '/charts/:patientId/problems',
  summary: 'Add a diagnosis or problem (ICD-10)',
  command: RecordProblem,
  status: 201,
});
export const resolveProblemRoute = defineRoute({
  method: 'POST',
  path: '/charts/:patientId/problems/:problemId/resolve',
  summary: 'Resolve a problem',
  command: ResolveProblem,
});
export const recordAllergyRoute = defineRoute({
  method: 'POST',
  path: '/charts/:patientId/allergies',
  summary: 'Record an allergy or intolerance',
  command: RecordAllergy,
  status: 201,
});
export const changeAllergyStatusRoute = defineRoute({
  method: 'POST',
  path: '/charts/:patientId/allergies/:allergyId/status',
  summary: 'Mark an allergy inactive, resolved or entered-in-error (with a reason)',
  command: ChangeAllergyStatus,
});
export const prescribeMedicationRoute = defineRoute({
  method: 'POST',
  path: '/charts/:patientId/medications',
  summary: 'Prescribe a medication',
  command: PrescribeMedication,
  status: 201,
});
export const changeMedicationRoute = defineRoute({
  method: 'POST',
  path: '/charts/:patientId/medications/:medicationId/change',
  summary: "Change a medication's dosage (with a reason)",
  command: ChangeMedication,
});
export const stopMedicationRoute = defineRoute({
  method: 'POST',
  path: '/charts/:patientId/medications/:medicationId/stop',
  summary: 'Stop a medication (with a reason)',
  command: StopMedication,
});
export const recordObservationRoute = defineRoute({
  method: 'POST',
  path: '/charts/:patientId/observations',
  summary: 'Record a vital sign or other observation',
  description: 'A LOINC `code`, a `value` and a UCUM `unit` that fits the code (see /api/terminology/loinc); else 422.',
  command: RecordObservation,
  status: 201,
});
export const startPlanRoute = defineRoute({
  method: 'POST',
  path: '/charts/:patientId/plans',
  summary: 'Start a treatment plan with goals',
  command: StartPlan,
  status: 201,
});
export const recordPlanProgressRoute = defineRoute({
  method: 'POST',
  path: '/charts/:patientId/plans/:planId/progress',
  summary: 'Record progress on a plan',
  command: RecordPlanProgress,
  status: 201,
});
export const closePlanRoute = defineRoute({
  method: 'POST',
  path: '/charts/:patientId/plans/:planId/close',
  summary: 'Close a treatment plan',
  command: ClosePlan,
});

export const chartRoutes: readonly RouteDefinition[] = [
  getChartRoute,
  recordProblemRoute,
  resolveProblemRoute,
  recordAllergyRoute,
  changeAllergyStatusRoute,
  prescribeMedicationRoute,
  changeMedicationRoute,
  stopMedicationRoute,
  recordObservationRoute,
  startPlanRoute,
  recordPlanProgressRoute,
  closePlanRoute,
];
