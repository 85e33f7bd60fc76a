import type { EChartsCoreOption } from 'echarts/core';
import { measureBarOption } from '$lib/components/charts/bar-option';

/** A report's result as the API answers it. */
export interface ReportResult {
  readonly columns: readonly { readonly key: string; readonly label: string }[];
  readonly rows: readonly Readonly<Record<string, string | number | boolean | null>>[];
  readonly summary?: Readonly<Record<string, string | number | null>>;
}

/** What one bar chart of a result shows: one bar per row, labelled by a text column, one measure. */
export interface BarChart {
  readonly labelColumn: { key: string; label: string };
  readonly valueColumn: { key: string; label: string };
  readonly bars: readonly { readonly label: string; readonly value: number }[];
}

/** At most this many measures are charted; the table below the charts has them all. */
const MAX_CHARTS = 4;

/**
 * The bar charts of a result: ONE PER NUMERIC COLUMN, each with its own axis named by the column (whose label
 * carries its unit: days, percent, count), so a count and a percentage never share a scale. Bars are the rows
 * (at most `limit`), labelled by the first column that is not numeric. A result without a text column or without
 * a numeric one has no chart.
 */
export function barChartsOf(result: ReportResult, limit = 20): BarChart[] {
  const numeric = (key: string) =>
    result.rows.length > 0 && result.rows.every((r) => r[key] === null || typeof r[key] === 'number');
  const labelColumn = result.columns.find((c) => !numeric(c.key));
  if (!labelColumn) return [];
  const rows = result.rows.slice(0, limit);
  return result.columns
    .filter((c) => numeric(c.key))
    .slice(0, MAX_CHARTS)
    .map((valueColumn) => ({
      labelColumn,
      valueColumn,
      bars: rows.map((r) => ({ label: String(r[labelColumn.key] ?? ''), value: Number(r[valueColumn.key] ?? 0) })),
    }));
}

/** A report's bar chart as an ECharts option: the value axis named by the measure (its column label). */
export const barChartOption = (chart: BarChart): EChartsCoreOption =>
  measureBarOption({ axisName: chart.valueColumn.label, bars: chart.bars });
