import type { Command, Decider } from '@hms/sdk';
import type { ChartEvent } from './chart.events';
import { evolve } from './chart.evolve';
import { initialState, type ChartState } from './chart.state';

/**
 * The one fold of the patient's chart stream, shared by every chart decider (`{ decide, ...chartFold }`): the same
 * state, the same `evolve`, and so the same snapshots. A long stay records thousands of observations, so the
 * kernel keeps the chart's state every 100 events and each command starts from it. Bump the key's number whenever
 * `evolve`, `initialState` or the state's shape changes (upcasters need no bump).
 */
// #region chart-fold
export const chartFold = {
  initialState,
  evolve,
  snapshot: { key: 'ehr.chart/1', every: 100 },
} satisfies Pick<Decider<ChartState, Command, ChartEvent>, 'initialState' | 'evolve' | 'snapshot'>;
// #endregion chart-fold
