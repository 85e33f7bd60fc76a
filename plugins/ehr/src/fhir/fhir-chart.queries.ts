import { defineQuery, handleQuery, NotFoundError, z, type Sql } from '@hms/sdk';
import { CHART_READ, NOTE_READ } from '../contracts/permissions';
import { initialState, type ChartState, type NoteEntry } from '../domain/chart/chart.state';

/** A patient's whole chart as the read model folds it (resolved and stopped entries too), for FHIR. */
export interface FhirChart {
  readonly patientId: string;
  readonly state: ChartState;
}

/** A patient's notes with their signed versions, for FHIR DocumentReference. */
export interface FhirNotes {
  readonly patientId: string;
  readonly notes: readonly NoteEntry[];
}

const ENTRY_NOT_FOUND = 'CHART_ENTRY_NOT_FOUND';

export const GetFhirChart = defineQuery(
  'ehr.GetFhirChart',
  z.strictObject({ patientId: z.uuid() }),
  "A patient's whole chart, for the FHIR server",
).returns<FhirChart>();
export const FindFhirChartEntry = defineQuery(
  'ehr.FindFhirChartEntry',
  z.strictObject({ entryId: z.uuid() }),
  'The chart holding a problem, allergy, medication, observation, plan or goal, for the FHIR server',
).returns<FhirChart>();
export const GetFhirNotes = defineQuery(
  'ehr.GetFhirNotes',
  z.strictObject({ patientId: z.uuid() }),
  "A patient's notes with their signed text, for the FHIR server",
).returns<FhirNotes>();
export const FindFhirNote = defineQuery(
  'ehr.FindFhirNote',
  z.strictObject({ noteId: z.uuid() }),
  'One note with its signed text, for the FHIR server',
).returns<FhirNotes>();

async function chartOf(sql: Sql, patientId: string): Promise<ChartState> {
  const [row] = await sql.query<{ state: ChartState }>('SELECT state FROM ehr.charts WHERE patient_id = $1', [
    patientId,
  ]);
  return row?.state ?? initialState();
}

export const getFhirChartHandler = handleQuery(GetFhirChart, {
  permission: CHART_READ,
  auditPatient: (params) => params.patientId,
  async handle({ patientId }, ctx): Promise<FhirChart> {
    return { patientId, state: await chartOf(ctx.sql, patientId) };
  },
});

/**
 * Finds the chart by the entry's id. The charts are not indexed by entry, so this scans them: fine for this first
 * FHIR slice, to be replaced by an entry index before large installations read by id often (docs/fhir.md).
 * Clinical: the kernel checks the care relationship on the patient found before the answer leaves.
 */
export const findFhirChartEntryHandler = handleQuery(FindFhirChartEntry, {
  permission: CHART_READ,
  auditPatient: (_params, chart) => chart?.patientId,
  async handle({ entryId }, ctx): Promise<FhirChart> {
    const [row] = await ctx.sql.query<{ patient_id: string; state: ChartState }>(
      `SELECT patient_id::text AS patient_id, state FROM ehr.charts
        WHERE state->'problems' ? $1 OR state->'allergies' ? $1 OR state->'medications' ? $1
           OR state->'plans' ? $1
           OR jsonb_path_exists(state->'observations', '$.*[*] ? (@.observationId == $id)', jsonb_build_object('id', $1::text))
           OR jsonb_path_exists(state->'plans', '$.*.goals[*] ? (@.goalId == $id)', jsonb_build_object('id', $1::text))
        LIMIT 1`,
      [entryId],
    );
    if (!row) throw new NotFoundError(ENTRY_NOT_FOUND, { entryId });
    return { patientId: row.patient_id, state: row.state };
  },
});

export const getFhirNotesHandler = handleQuery(GetFhirNotes, {
  permission: NOTE_READ,
  auditPatient: (params) => params.patientId,
  async handle({ patientId }, ctx): Promise<FhirNotes> {
    return { patientId, notes: Object.values((await chartOf(ctx.sql, patientId)).notes) };
  },
});

export const findFhirNoteHandler = handleQuery(FindFhirNote, {
  permission: NOTE_READ,
  auditPatient: (_params, found) => found?.patientId,
  async handle({ noteId }, ctx): Promise<FhirNotes> {
    const [row] = await ctx.sql.query<{ patient_id: string }>(
      'SELECT patient_id::text AS patient_id FROM ehr.notes WHERE id = $1',
      [noteId],
    );
    const note = row && (await chartOf(ctx.sql, row.patient_id)).notes[noteId];
    if (!row || !note) throw new NotFoundError(ENTRY_NOT_FOUND, { entryId: noteId });
    return { patientId: row.patient_id, notes: [note] };
  },
});
