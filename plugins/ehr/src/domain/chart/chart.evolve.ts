import type { ChartEvent, NoteAmendmentStartedEvent, NoteSignedEvent, ObservationRecordedEvent } from './chart.events';
import { OBSERVATIONS_KEPT_PER_CODE, type ChartState, type NoteEntry, type ObservationEntry } from './chart.state';

/**
 * Folds one fact into the chart. Shared by every decider of the chart stream, by the chart read model and by the
 * `asOf` chart, so the chart a clinician saw and the one a reviewer rebuilds come from the same code. Never throws:
 * an event about an entry the chart does not hold (impossible through the deciders) changes nothing.
 */
export function evolve(state: ChartState, event: ChartEvent): ChartState {
  const next = apply(state, event);
  return { ...next, updatedAt: event.data.at };
}

function apply(state: ChartState, event: ChartEvent): ChartState {
  switch (event.type) {
    case 'ehr.ProblemRecorded': {
      const { patientId: _p, at, by, ...problem } = event.data;
      return {
        ...state,
        problems: {
          ...state.problems,
          [problem.problemId]: { ...problem, recordedAt: at, recordedBy: by, status: 'active' },
        },
      };
    }
    case 'ehr.ProblemResolved': {
      const problem = state.problems[event.data.problemId];
      if (!problem) return state;
      const resolved = { ...problem, status: 'resolved' as const, resolvedOn: event.data.resolvedOn };
      return { ...state, problems: { ...state.problems, [problem.problemId]: resolved } };
    }
    case 'ehr.AllergyRecorded': {
      const { patientId: _p, at, by: _b, ...allergy } = event.data;
      return {
        ...state,
        allergies: { ...state.allergies, [allergy.allergyId]: { ...allergy, status: 'active', recordedAt: at } },
      };
    }
    case 'ehr.AllergyStatusChanged': {
      const allergy = state.allergies[event.data.allergyId];
      if (!allergy) return state;
      const changed = { ...allergy, status: event.data.status, statusReason: event.data.reason };
      return { ...state, allergies: { ...state.allergies, [allergy.allergyId]: changed } };
    }
    case 'ehr.MedicationPrescribed': {
      const { patientId: _p, at, by, ...medication } = event.data;
      const entry = { ...medication, prescribedAt: at, prescribedBy: by, changes: [], status: 'active' as const };
      return { ...state, medications: { ...state.medications, [medication.medicationId]: entry } };
    }
    case 'ehr.MedicationChanged': {
      const medication = state.medications[event.data.medicationId];
      if (!medication) return state;
      const { at, dosage, reason } = event.data;
      const changed = { ...medication, dosage, changes: [...medication.changes, { at, dosage, reason }] };
      return { ...state, medications: { ...state.medications, [medication.medicationId]: changed } };
    }
    case 'ehr.MedicationStopped': {
      const medication = state.medications[event.data.medicationId];
      if (!medication) return state;
      const stopped = {
        ...medication,
        status: 'stopped' as const,
        stoppedAt: event.data.at,
        stopReason: event.data.reason,
      };
      return { ...state, medications: { ...state.medications, [medication.medicationId]: stopped } };
    }
    case 'ehr.ObservationRecorded':
      return observe(state, event);
    case 'ehr.PlanStarted': {
      const { patientId: _p, at, by: _b, ...plan } = event.data;
      return {
        ...state,
        plans: { ...state.plans, [plan.planId]: { ...plan, startedAt: at, progress: [], status: 'active' } },
      };
    }
    case 'ehr.PlanProgressRecorded': {
      const plan = state.plans[event.data.planId];
      if (!plan) return state;
      const { entryId, goalId, note, at } = event.data;
      const entry = { entryId, note, at, ...(goalId === undefined ? {} : { goalId }) };
      return { ...state, plans: { ...state.plans, [plan.planId]: { ...plan, progress: [...plan.progress, entry] } } };
    }
    case 'ehr.PlanClosed': {
      const plan = state.plans[event.data.planId];
      if (!plan) return state;
      const closed = { ...plan, status: 'closed' as const, outcome: event.data.outcome, closedAt: event.data.at };
      return { ...state, plans: { ...state.plans, [plan.planId]: closed } };
    }
    case 'ehr.NoteCreated': {
      const { noteId, title, encounterId, at, by } = event.data;
      const note: NoteEntry = {
        noteId,
        title,
        createdAt: at,
        authorId: by,
        signed: [],
        status: 'draft',
        ...(encounterId === undefined ? {} : { encounterId }),
      };
      return { ...state, notes: { ...state.notes, [noteId]: note } };
    }
    case 'ehr.NoteSigned':
      return sign(state, event);
    case 'ehr.NoteAmendmentStarted':
      return startAmendment(state, event);
    default:
      return state;
  }
}

function observe(state: ChartState, event: ObservationRecordedEvent): ChartState {
  const { observationId, code, value, unit, effectiveAt, encounterId, at } = event.data;
  const entry: ObservationEntry = {
    observationId,
    code,
    value,
    unit,
    effectiveAt,
    recordedAt: at,
    ...(encounterId === undefined ? {} : { encounterId }),
  };
  // Newest effective time first: a late entry of an earlier measurement does not become the "latest" value.
  const kept = [...(state.observations[code] ?? []), entry]
    .sort((a, b) => b.effectiveAt.localeCompare(a.effectiveAt))
    .slice(0, OBSERVATIONS_KEPT_PER_CODE);
  return { ...state, observations: { ...state.observations, [code]: kept } };
}

function sign(state: ChartState, event: NoteSignedEvent): ChartState {
  const note = state.notes[event.data.noteId];
  if (!note) return state;
  const { signedVersion, text, contentHash, revision, at, by, amends } = event.data;
  const version = {
    signedVersion,
    text,
    contentHash,
    revision,
    signedAt: at,
    signedBy: by,
    ...(amends === undefined ? {} : { amends }),
  };
  const { noteId, title, encounterId, createdAt, authorId } = note;
  const signed: NoteEntry = {
    noteId,
    title,
    createdAt,
    authorId,
    signed: [...note.signed, version],
    status: 'signed',
    ...(encounterId === undefined ? {} : { encounterId }),
  };
  return { ...state, notes: { ...state.notes, [noteId]: signed } };
}

function startAmendment(state: ChartState, event: NoteAmendmentStartedEvent): ChartState {
  const note = state.notes[event.data.noteId];
  if (!note) return state;
  return {
    ...state,
    notes: { ...state.notes, [note.noteId]: { ...note, status: 'amending', amendmentReason: event.data.reason } },
  };
}
