import type { ChartAnswer } from '$lib/api/types';

/**
 * The chart as the client uses it. The OpenAPI document types the chart's entries loosely (ids and names only), so
 * the fields below are those docs/ehr.md promises and the EHR plugin's chart view answers; `pending` marks what
 * this computer has done that the server has not confirmed yet (see chart-overlay.ts).
 */
export type PendingChange = 'adding' | 'resolving' | 'changing' | 'stopping' | 'marking';

export interface ProblemItem {
  readonly problemId: string;
  readonly code: string;
  readonly title: string;
  readonly kind: 'diagnosis' | 'problem';
  readonly onset?: string;
  readonly recordedAt?: string;
  readonly pending?: PendingChange;
}
export interface AllergyItem {
  readonly allergyId: string;
  readonly substance: string;
  readonly type: 'allergy' | 'intolerance';
  readonly category: string;
  readonly reaction?: string;
  readonly severity?: string;
  readonly criticality: string;
  readonly status: string;
  readonly recordedAt?: string;
  readonly pending?: PendingChange;
}
export interface Dosage {
  readonly dose: string;
  readonly route: string;
  readonly frequency: string;
}
export interface MedicationItem {
  readonly medicationId: string;
  readonly medication: string;
  readonly dosage: Dosage;
  readonly reason?: string;
  readonly prescribedAt?: string;
  readonly changes?: readonly { at: string; dosage: Dosage; reason: string }[];
  /** Prescribed despite an allergy or an active order of the same drug, and why (ehr 1.10). */
  readonly override?: { allergyIds: readonly string[]; medicationIds: readonly string[]; reason: string };
  readonly pending?: PendingChange;
}
export interface VitalPoint {
  readonly observationId?: string;
  readonly value: number;
  readonly unit: string;
  readonly effectiveAt: string;
  readonly pending?: boolean;
}
export interface VitalItem {
  readonly code: string;
  readonly display: string;
  readonly value: number;
  readonly unit: string;
  readonly effectiveAt: string;
  readonly pending?: boolean;
  /** Newest first, as the server keeps them (its last 20 per code). */
  readonly history: readonly VitalPoint[];
}
export interface GoalAssessment {
  readonly goalId: string;
  readonly description: string;
  readonly latest: { readonly value: number; readonly unit: string; readonly effectiveAt: string } | null;
  readonly met: boolean | null;
  readonly trend: 'improving' | 'worsening' | 'stable' | 'insufficient-data' | 'not-measurable';
}
export interface PlanItem {
  readonly planId: string;
  readonly title: string;
  readonly startedAt?: string;
  readonly goals: readonly { goalId?: string; description: string }[];
  readonly progress: readonly { entryId: string; goalId?: string; note: string; at: string; pending?: boolean }[];
  readonly assessment: {
    readonly goals: readonly GoalAssessment[];
    readonly verdict: 'working' | 'not-working' | 'unclear';
  };
  readonly pending?: PendingChange;
}
export interface ChartData {
  readonly patientId: string;
  readonly asOf: string | null;
  readonly updatedAt: string | null;
  readonly problems: readonly ProblemItem[];
  readonly allergies: readonly AllergyItem[];
  readonly medications: readonly MedicationItem[];
  readonly vitals: readonly VitalItem[];
  readonly plans: readonly PlanItem[];
}

/** The server's chart answer as the client's types (a vital without history, from an older server, gets its latest). */
export function toChartData(answer: ChartAnswer): ChartData {
  const vitals = (answer.vitals as unknown as (Omit<VitalItem, 'history'> & { history?: VitalPoint[] })[]).map((v) => ({
    ...v,
    display: v.display ?? v.code,
    history: v.history ?? [{ value: v.value, unit: v.unit, effectiveAt: v.effectiveAt }],
  }));
  return {
    patientId: answer.patientId,
    asOf: answer.asOf,
    updatedAt: answer.updatedAt,
    problems: answer.problems as unknown as ProblemItem[],
    allergies: answer.allergies as unknown as AllergyItem[],
    medications: answer.medications as unknown as MedicationItem[],
    vitals,
    plans: answer.plans as unknown as PlanItem[],
  };
}

/** An empty chart: a patient with nothing recorded yet. */
export const emptyChart = (patientId: string): ChartData => ({
  patientId,
  asOf: null,
  updatedAt: null,
  problems: [],
  allergies: [],
  medications: [],
  vitals: [],
  plans: [],
});

/** Allergies with a high criticality first, then by substance: the ones a clinician must see first lead. */
export function allergiesByDanger(allergies: readonly AllergyItem[]): AllergyItem[] {
  const rank = (a: AllergyItem) => (a.criticality === 'high' ? 0 : a.severity === 'severe' ? 1 : 2);
  return [...allergies].sort((a, b) => rank(a) - rank(b) || a.substance.localeCompare(b.substance));
}
