import { ForbiddenError, handleQuery, InvariantViolation, type QueryContext } from '@hms/sdk';
import { CHART_READ } from '../contracts/permissions';
import { GetChart, type ChartView } from '../contracts/queries';
import { chartView } from '../domain/chart/chart-view';
import type { ChartEvent } from '../domain/chart/chart.events';
import { evolve } from '../domain/chart/chart.evolve';
import { initialState, type ChartState } from '../domain/chart/chart.state';
import { chartStream } from '../domain/streams';
import { PATIENT_MERGED } from '../errors';
import { checkPatientOnFile } from './patient-on-file';

/**
 * The chart now (one read of the chart read model) or as it stood at `asOf`: rebuilt from the patient's chart
 * stream, folding only the events recorded up to that moment with the same `evolve`, so a reviewer sees exactly
 * what the clinician saw then, whatever the read model has become since.
 */
export const getChartHandler = handleQuery(GetChart, {
  permission: CHART_READ,
  auditPatient: (params) => params.patientId,
  async handle({ patientId, asOf }, ctx): Promise<ChartView> {
    const [row] = await ctx.sql.query<{ state: ChartState }>('SELECT state FROM ehr.charts WHERE patient_id = $1', [
      patientId,
    ]);
    if (!row) await chartlessPatientOnFile(ctx, patientId);
    if (asOf === undefined) return chartView(patientId, row?.state ?? initialState(), null);
    const moment = new Date(asOf).toISOString();
    return chartView(patientId, await chartAsOf(ctx, patientId, moment), moment);
  },
});

/**
 * Nothing is charted under this id: an empty chart for a patient the master index knows (nothing recorded yet), a 404
 * for an id it does not know, rather than an empty chart that reads as "no allergies" for a mistyped id. A merged-away
 * record has an empty chart of its own; a user who may read charts but not look patients up gets the empty chart.
 */
async function chartlessPatientOnFile(ctx: QueryContext, patientId: string): Promise<void> {
  await checkPatientOnFile(ctx, patientId).catch((error: unknown) => {
    if (error instanceof ForbiddenError || (error instanceof InvariantViolation && error.code === PATIENT_MERGED))
      return;
    throw error;
  });
}

/** Folds the chart stream up to and including `moment` (events carry the time they were recorded, `at`). */
export async function chartAsOf(
  ctx: Pick<QueryContext, 'streams'>,
  patientId: string,
  moment: string,
): Promise<ChartState> {
  const { state } = await ctx.streams.load<ChartState, ChartEvent>(chartStream(patientId), {
    initialState,
    evolve: (s, event) => (event.data.at <= moment ? evolve(s, event) : s),
  });
  return state;
}
