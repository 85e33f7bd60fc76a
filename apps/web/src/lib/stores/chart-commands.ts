import { api } from '$lib/api/client';
import type {
  AllergyStatusBody,
  ChangeMedicationBody,
  PlanProgressBody,
  PrescribeBody,
  RecordAllergyBody,
  RecordObservationBody,
  RecordProblemBody,
  StartPlanBody,
  StopMedicationBody,
} from '$lib/api/types';
import type { ChartCommandKind } from './chart-command-kinds';

/**
 * What each chart command carries in the outbox: the patient, the entry it acts on, the body, and what the chart
 * needs to show it before the server has it (a problem's title from the ICD-10 list). Bodies hold clinical data,
 * which stays in this browser's IndexedDB like the chart copy itself, and is cleared at sign-out.
 */
export interface ChartCommandPayloads {
  'chart.problem.record': { patientId: string; title: string; body: RecordProblemBody };
  'chart.problem.resolve': { patientId: string; problemId: string; body: { resolvedOn?: string } };
  'chart.allergy.record': { patientId: string; body: RecordAllergyBody };
  'chart.allergy.status': { patientId: string; allergyId: string; body: AllergyStatusBody };
  'chart.medication.prescribe': { patientId: string; body: PrescribeBody };
  'chart.medication.change': { patientId: string; medicationId: string; body: ChangeMedicationBody };
  'chart.medication.stop': { patientId: string; medicationId: string; body: StopMedicationBody };
  /** `effectiveAt` is set when the nurse records it, so a measurement sent later still shows when it was taken. */
  'chart.observation.record': {
    patientId: string;
    display?: string;
    body: RecordObservationBody & { effectiveAt: string };
  };
  'chart.plan.start': { patientId: string; body: StartPlanBody };
  'chart.plan.progress': { patientId: string; planId: string; body: PlanProgressBody };
}

interface Answer {
  readonly data?: unknown;
  readonly error?: unknown;
  readonly response: Response;
}
type Sender<K extends ChartCommandKind> = (payload: ChartCommandPayloads[K], key: string) => Promise<Answer>;
const header = (key: string) => ({ 'Idempotency-Key': key });

/** One sender per chart command, the outbox entry's id as `Idempotency-Key`. */
export const CHART_SENDERS: { [K in ChartCommandKind]: Sender<K> } = {
  'chart.problem.record': ({ patientId, body }, key) =>
    api.POST('/api/charts/{patientId}/problems', { body, params: { path: { patientId }, header: header(key) } }),
  'chart.problem.resolve': ({ patientId, problemId, body }, key) =>
    api.POST('/api/charts/{patientId}/problems/{problemId}/resolve', {
      body,
      params: { path: { patientId, problemId }, header: header(key) },
    }),
  'chart.allergy.record': ({ patientId, body }, key) =>
    api.POST('/api/charts/{patientId}/allergies', { body, params: { path: { patientId }, header: header(key) } }),
  'chart.allergy.status': ({ patientId, allergyId, body }, key) =>
    api.POST('/api/charts/{patientId}/allergies/{allergyId}/status', {
      body,
      params: { path: { patientId, allergyId }, header: header(key) },
    }),
  'chart.medication.prescribe': ({ patientId, body }, key) =>
    api.POST('/api/charts/{patientId}/medications', { body, params: { path: { patientId }, header: header(key) } }),
  'chart.medication.change': ({ patientId, medicationId, body }, key) =>
    api.POST('/api/charts/{patientId}/medications/{medicationId}/change', {
      body,
      params: { path: { patientId, medicationId }, header: header(key) },
    }),
  'chart.medication.stop': ({ patientId, medicationId, body }, key) =>
    api.POST('/api/charts/{patientId}/medications/{medicationId}/stop', {
      body,
      params: { path: { patientId, medicationId }, header: header(key) },
    }),
  'chart.observation.record': ({ patientId, body }, key) =>
    api.POST('/api/charts/{patientId}/observations', { body, params: { path: { patientId }, header: header(key) } }),
  'chart.plan.start': ({ patientId, body }, key) =>
    api.POST('/api/charts/{patientId}/plans', { body, params: { path: { patientId }, header: header(key) } }),
  'chart.plan.progress': ({ patientId, planId, body }, key) =>
    api.POST('/api/charts/{patientId}/plans/{planId}/progress', {
      body,
      params: { path: { patientId, planId }, header: header(key) },
    }),
};
