import type { OutboxEntry, RefusedCommand } from '$lib/stores/outbox';
import { CHART_COMMAND_TYPES, type ChartCommandData, type ChartDisplay } from './chart-commands';
import type { ChartData, PendingChange, VitalItem } from './chart-data';

type Data<K extends keyof ChartCommandData> = ChartCommandData[K];
const isChartEntry = (entry: OutboxEntry): entry is OutboxEntry<{ patientId: string }> =>
  CHART_COMMAND_TYPES.includes(entry.command);
const shown = (entry: OutboxEntry): ChartDisplay => (entry.display ?? {}) as ChartDisplay;

/**
 * The server's chart with this patient's waiting chart commands laid over it, in the order they were made: a new
 * problem, allergy, medication, plan or measurement shows at once, marked pending; a resolve, stop or status change
 * keeps the entry on screen marked with what is about to happen (an allergy leaves the list only when the server
 * agrees, so nobody misses it meanwhile). A refused command changes nothing and is listed to be explained.
 */
export function overlayChart(
  chart: ChartData,
  entries: readonly OutboxEntry[],
): { chart: ChartData; rejections: RefusedCommand[] } {
  let view = chart;
  const rejections: RefusedCommand[] = [];
  for (const entry of entries) {
    if (!isChartEntry(entry) || entry.data.patientId !== chart.patientId) continue;
    if (entry.status === 'rejected') {
      rejections.push({ entryId: entry.id, command: entry.command, rejection: entry.rejection! });
      continue;
    }
    view = apply(view, entry);
  }
  return { chart: view, rejections };
}

function apply(chart: ChartData, entry: OutboxEntry): ChartData {
  const mark = <T extends Record<K, string>, K extends string>(
    items: readonly T[],
    key: K,
    id: string,
    pending: PendingChange,
    patch: Partial<T> = {},
  ) => items.map((item) => (item[key] === id ? { ...item, ...patch, pending } : item));
  switch (entry.command) {
    case 'ehr.RecordProblem': {
      const body = entry.data as Data<'ehr.RecordProblem'>;
      const title = shown(entry).title ?? body.code;
      const problem = {
        problemId: entry.id,
        code: body.code,
        title,
        kind: body.kind ?? 'diagnosis',
        pending: 'adding' as const,
      };
      return { ...chart, problems: [...chart.problems, problem] };
    }
    case 'ehr.ResolveProblem': {
      const { problemId } = entry.data as Data<'ehr.ResolveProblem'>;
      return { ...chart, problems: mark(chart.problems, 'problemId', problemId, 'resolving') };
    }
    case 'ehr.RecordAllergy': {
      const { patientId: _patient, ...body } = entry.data as Data<'ehr.RecordAllergy'>;
      const allergy = {
        ...body,
        type: body.type ?? 'allergy',
        criticality: body.criticality ?? 'unable-to-assess',
        allergyId: entry.id,
        status: 'active',
        pending: 'adding' as const,
      };
      return { ...chart, allergies: [...chart.allergies, allergy] };
    }
    case 'ehr.ChangeAllergyStatus': {
      const { allergyId } = entry.data as Data<'ehr.ChangeAllergyStatus'>;
      return { ...chart, allergies: mark(chart.allergies, 'allergyId', allergyId, 'marking') };
    }
    case 'ehr.PrescribeMedication': {
      const { patientId: _patient, ...body } = entry.data as Data<'ehr.PrescribeMedication'>;
      const medication = { ...body, medicationId: entry.id, pending: 'adding' as const };
      return { ...chart, medications: [...chart.medications, medication] };
    }
    case 'ehr.ChangeMedication': {
      const { medicationId, ...body } = entry.data as Data<'ehr.ChangeMedication'>;
      return {
        ...chart,
        medications: mark(chart.medications, 'medicationId', medicationId, 'changing', { dosage: body.dosage }),
      };
    }
    case 'ehr.StopMedication': {
      const { medicationId } = entry.data as Data<'ehr.StopMedication'>;
      return { ...chart, medications: mark(chart.medications, 'medicationId', medicationId, 'stopping') };
    }
    case 'ehr.RecordObservation':
      return {
        ...chart,
        vitals: withMeasurement(chart.vitals, entry as OutboxEntry<Data<'ehr.RecordObservation'>>),
      };
    case 'ehr.StartPlan': {
      const body = entry.data as Data<'ehr.StartPlan'>;
      const plan = {
        planId: entry.id,
        title: body.title,
        goals: body.goals,
        progress: [],
        pending: 'adding' as const,
        assessment: { goals: [], verdict: 'unclear' as const },
      };
      return { ...chart, plans: [...chart.plans, plan] };
    }
    case 'ehr.RecordPlanProgress': {
      const { planId, ...body } = entry.data as Data<'ehr.RecordPlanProgress'>;
      const progress = {
        entryId: entry.id,
        note: body.note,
        at: entry.createdAt,
        pending: true,
        ...(body.goalId ? { goalId: body.goalId } : {}),
      };
      return {
        ...chart,
        plans: chart.plans.map((p) => (p.planId === planId ? { ...p, progress: [...p.progress, progress] } : p)),
      };
    }
    default:
      return chart;
  }
}

/** Adds a waiting measurement to its vital's history (newest first), and makes it the latest when it is. */
function withMeasurement(vitals: readonly VitalItem[], entry: OutboxEntry<Data<'ehr.RecordObservation'>>): VitalItem[] {
  const body = entry.data;
  const { display } = shown(entry);
  const point = { value: body.value, unit: body.unit, effectiveAt: body.effectiveAt, pending: true };
  const existing = vitals.find((v) => v.code === body.code);
  if (!existing) {
    const vital: VitalItem = { code: body.code, display: display ?? body.code, ...point, history: [point] };
    return [...vitals, vital].sort((a, b) => a.code.localeCompare(b.code));
  }
  const history = [...existing.history, point].sort((a, b) => b.effectiveAt.localeCompare(a.effectiveAt));
  const latest = history[0]!;
  const updated: VitalItem = {
    ...existing,
    value: latest.value,
    unit: latest.unit,
    effectiveAt: latest.effectiveAt,
    pending: latest.pending,
    history,
  };
  return vitals.map((v) => (v.code === body.code ? updated : v));
}
