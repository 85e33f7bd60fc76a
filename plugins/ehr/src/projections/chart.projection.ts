import { defineProjection, type RecordedOf, type Sql } from '@hms/sdk';
import { CHART_EVENTS } from '../contracts/chart-events';
import { evolve } from '../domain/chart/chart.evolve';
import { initialState, type ChartState } from '../domain/chart/chart.state';

/**
 * The chart read model: one row per patient holding the folded chart, so the chart query is one primary-key read.
 * Inline, so the screen that just recorded a vital sees it. Folds with the deciders' own `evolve`; an event at or
 * below the row's version is skipped, so a replay leaves the same row.
 */
export const chartProjection = defineProjection({
  name: 'ehr.chart',
  mode: 'inline',
  handles: [...CHART_EVENTS],
  tables: ['ehr.charts'],
  evolve: (event, sql) => evolveBatch([event], sql),
  evolveBatch,
});

type RecordedChartEvent = RecordedOf<(typeof CHART_EVENTS)[number]>;

async function evolveBatch(events: readonly RecordedChartEvent[], sql: Sql): Promise<void> {
  const byPatient = new Map<string, RecordedChartEvent[]>();
  for (const event of events) {
    const { patientId } = event.data;
    byPatient.set(patientId, [...(byPatient.get(patientId) ?? []), event]);
  }
  for (const [patientId, patientEvents] of byPatient) {
    const [row] = await sql.query<{ state: ChartState; version: number }>(
      'SELECT state, version FROM ehr.charts WHERE patient_id = $1 FOR UPDATE',
      [patientId],
    );
    let state = row?.state ?? initialState();
    let version = row?.version ?? 0;
    for (const event of patientEvents) {
      if (event.streamVersion <= version) continue;
      state = evolve(state, event);
      version = event.streamVersion;
    }
    await sql.query(
      `INSERT INTO ehr.charts (patient_id, state, version) VALUES ($1, $2, $3)
       ON CONFLICT (patient_id) DO UPDATE SET state = EXCLUDED.state, version = EXCLUDED.version`,
      [patientId, JSON.stringify(state), version],
    );
  }
}
