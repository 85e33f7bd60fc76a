import type { VitalItem } from './chart-data';
import { flagOf, VITAL_RANGES } from './vital-ranges';

/** One value of the flowsheet: as recorded, flagged against the reference range, waiting to be sent or not. */
export interface FlowsheetCell {
  readonly value: number;
  readonly unit: string;
  readonly flag: 'low' | 'high' | null;
  readonly pending: boolean;
}

/** One measure's row: its name, the unit its range is in, the range, and a cell per column (null: not measured). */
export interface FlowsheetRow {
  readonly code: string;
  readonly display: string;
  readonly range: { readonly low: number; readonly high: number; readonly unit: string } | null;
  readonly cells: readonly (FlowsheetCell | null)[];
}

export interface Flowsheet {
  /** The moments measured, newest first (the columns). */
  readonly times: readonly string[];
  readonly rows: readonly FlowsheetRow[];
}

/**
 * The vitals as a grid, rows the measures and columns the moments anything was measured (newest first, at most
 * `columns` of them): what a nurse reads across a shift. Measurements taken together (one set of observations, the
 * same minute) share a column. A value is shown in the unit it was recorded in and flagged in the range's unit.
 */
export function buildFlowsheet(vitals: readonly VitalItem[], columns = 12): Flowsheet {
  const minute = (iso: string) => iso.slice(0, 16);
  const byMinute = new Map<string, string>();
  for (const vital of vitals)
    for (const point of vital.history) {
      const key = minute(point.effectiveAt);
      const known = byMinute.get(key);
      if (!known || point.effectiveAt > known) byMinute.set(key, point.effectiveAt);
    }
  const times = [...byMinute.entries()]
    .sort(([a], [b]) => (a < b ? 1 : a > b ? -1 : 0))
    .slice(0, columns)
    .map(([, at]) => at);
  const rows = vitals.map((vital) => ({
    code: vital.code,
    display: vital.display,
    range: VITAL_RANGES[vital.code] ?? null,
    cells: times.map((at) => {
      const point = vital.history.find((p) => minute(p.effectiveAt) === minute(at));
      if (!point) return null;
      return {
        value: point.value,
        unit: point.unit,
        flag: flagOf(vital.code, point.value, point.unit),
        pending: point.pending ?? false,
      };
    }),
  }));
  return { times, rows };
}
