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

/** The chart's commands the screens queue (all declared offline-capable by the ehr plugin), by wire type. */
export const CHART_COMMANDS = {
  recordProblem: 'ehr.RecordProblem',
  resolveProblem: 'ehr.ResolveProblem',
  recordAllergy: 'ehr.RecordAllergy',
  allergyStatus: 'ehr.ChangeAllergyStatus',
  prescribe: 'ehr.PrescribeMedication',
  changeMedication: 'ehr.ChangeMedication',
  stopMedication: 'ehr.StopMedication',
  recordObservation: 'ehr.RecordObservation',
  startPlan: 'ehr.StartPlan',
  planProgress: 'ehr.RecordPlanProgress',
} as const;
export const CHART_COMMAND_TYPES: readonly string[] = Object.values(CHART_COMMANDS);

/**
 * Each command's data: the route's body plus the path's ids. Bodies hold clinical data, which stays in this
 * browser's IndexedDB like the chart copy itself, and is cleared at sign-out.
 */
export interface ChartCommandData {
  'ehr.RecordProblem': RecordProblemBody & { patientId: string };
  'ehr.ResolveProblem': { patientId: string; problemId: string; resolvedOn?: string };
  'ehr.RecordAllergy': RecordAllergyBody & { patientId: string };
  'ehr.ChangeAllergyStatus': AllergyStatusBody & { patientId: string; allergyId: string };
  'ehr.PrescribeMedication': PrescribeBody & { patientId: string };
  'ehr.ChangeMedication': ChangeMedicationBody & { patientId: string; medicationId: string };
  'ehr.StopMedication': StopMedicationBody & { patientId: string; medicationId: string };
  /** `effectiveAt` is set when the nurse records it, so a measurement sent later still shows when it was taken. */
  'ehr.RecordObservation': RecordObservationBody & { patientId: string; effectiveAt: string };
  'ehr.StartPlan': StartPlanBody & { patientId: string };
  'ehr.RecordPlanProgress': PlanProgressBody & { patientId: string; planId: string };
}

/** Kept beside a waiting command (not sent) for the chart to show it: a problem's title, a measurement's name. */
export interface ChartDisplay {
  readonly title?: string;
  readonly display?: string;
}
