import type { EncounterSummary, EncounterView } from '../contracts/queries';

export type { EncounterSummary } from '../contracts/queries';
import type { ChartState, NoteEntry, ObservationEntry } from '../domain/chart/chart.state';
import { loincEntry } from '../domain/terminology/loinc';

/**
 * What happened in the encounter: diagnoses made in it, the medications at its end (marking those started in it),
 * measurements taken in it and its signed notes (the latest signed version of each; drafts are not part of the
 * record). An entry belongs to the encounter when it names it, or was recorded between its opening and closing.
 */
export function encounterSummary(encounter: EncounterView, chart: ChartState, asOf: string): EncounterSummary {
  const during = (at: string, encounterId?: string): boolean =>
    encounterId === encounter.encounterId || (encounterId === undefined && at >= encounter.openedAt && at <= asOf);
  const problems = Object.values(chart.problems);
  const diagnoses = problems.filter((p) => during(p.recordedAt, p.encounterId));
  const medications = Object.values(chart.medications);
  const observations = Object.values(chart.observations)
    .flat()
    .filter((o: ObservationEntry) => during(o.effectiveAt, o.encounterId))
    .sort((a, b) => a.effectiveAt.localeCompare(b.effectiveAt));
  // The same rule as every other entry: a note naming no encounter belongs to the one it was signed during (a
  // ward note written on the patient, not on the stay, is part of the stay's record).
  const signedNotes = Object.values(chart.notes).flatMap((note: NoteEntry) => {
    const version = note.signed.at(-1);
    return version && during(version.signedAt, note.encounterId) ? [{ note, version }] : [];
  });
  return {
    kind: encounter.class === 'inpatient' ? 'discharge-summary' : 'visit-summary',
    encounter,
    asOf,
    diagnoses: diagnoses.map(({ code, title, kind, status }) => ({ code, title, kind, status })),
    otherActiveProblems: problems
      .filter((p) => p.status === 'active' && !diagnoses.includes(p))
      .map(({ code, title }) => ({ code, title })),
    allergies: Object.values(chart.allergies)
      .filter((a) => a.status === 'active')
      .map((a) => ({ substance: a.substance, reaction: a.reaction ?? null, criticality: a.criticality })),
    medications: medications
      .filter((m) => m.status === 'active')
      .map((m) => ({
        medication: m.medication,
        ...m.dosage,
        startedDuringEncounter: during(m.prescribedAt, m.encounterId),
      })),
    stoppedDuringEncounter: medications.flatMap((m) =>
      m.status === 'stopped' && during(m.stoppedAt) ? [{ medication: m.medication, reason: m.stopReason }] : [],
    ),
    observations: observations.map((o) => ({
      code: o.code,
      display: loincEntry(o.code)?.display ?? o.code,
      value: o.value,
      unit: o.unit,
      effectiveAt: o.effectiveAt,
    })),
    notes: signedNotes.map(({ note, version }) => ({
      title: note.title,
      signedAt: version.signedAt,
      signedBy: version.signedBy,
      signedByName: null,
      text: version.text,
      contentHash: version.contentHash,
    })),
  };
}
