import type { ChartView } from '../../contracts/queries';
import { assessPlan } from '../plan/plan-assessment';
import { loincEntry } from '../terminology/loinc';
import type { ChartState } from './chart.state';

/**
 * The chart as a clinician reads it: current problems, allergies that are still relevant, active medications,
 * the latest value of each vital sign (with its recent history), open plans with whether they work, and the
 * notes. Built the same way from the live read model and from an `asOf` fold.
 */
export function chartView(patientId: string, state: ChartState, asOf: string | null): ChartView {
  const vitals = Object.values(state.observations).flatMap((entries) => {
    const latest = entries[0];
    const entry = latest && loincEntry(latest.code);
    // The kept measurements (newest first) come along, so a screen can draw the vital over time.
    const history = entries.map(({ observationId, value, unit, effectiveAt }) => ({
      observationId,
      value,
      unit,
      effectiveAt,
    }));
    return latest && entry?.vital ? [{ ...latest, display: entry.display, history }] : [];
  });
  return {
    patientId,
    asOf,
    updatedAt: state.updatedAt,
    problems: Object.values(state.problems).filter((p) => p.status === 'active'),
    allergies: Object.values(state.allergies).filter((a) => a.status === 'active'),
    medications: Object.values(state.medications).filter((m) => m.status === 'active'),
    vitals: vitals.sort((a, b) => a.code.localeCompare(b.code)),
    plans: Object.values(state.plans)
      .filter((p) => p.status === 'active')
      .map((plan) => ({ ...plan, assessment: assessPlan(plan, state) })),
    notes: Object.values(state.notes).map((note) => ({
      noteId: note.noteId,
      title: note.title,
      status: note.status,
      createdAt: note.createdAt,
      ...(note.encounterId === undefined ? {} : { encounterId: note.encounterId }),
      signed: note.signed.at(-1) ?? null,
    })),
  };
}
