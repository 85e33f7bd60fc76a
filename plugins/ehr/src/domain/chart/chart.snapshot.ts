import type { SnapshotPolicy } from '@hms/sdk';

/**
 * Every chart decider folds the patient's one chart stream with the same `evolve`, and a long stay records
 * thousands of observations: the kernel keeps the chart's state every 100 events, and each command starts from it.
 * Bump the key's number whenever `evolve`, `initialState` or the state's shape changes (upcasters need no bump).
 */
export const CHART_SNAPSHOT: SnapshotPolicy = { key: 'ehr.chart/1', every: 100 };
