/** A report's result as the API answers it. */
export interface ReportResult {
  readonly columns: readonly { readonly key: string; readonly label: string }[];
  readonly rows: readonly Readonly<Record<string, string | number | boolean | null>>[];
  readonly summary?: Readonly<Record<string, string | number | null>>;
}

/** What a simple bar chart of a result shows: one bar per row, labelled by a text column. */
export interface BarChart {
  readonly labelColumn: { key: string; label: string };
  readonly valueColumn: { key: string; label: string };
  readonly bars: readonly { readonly label: string; readonly value: number; readonly fraction: number }[];
  readonly max: number;
}

/**
 * A bar chart for a result, if it has one to show: bars are the rows (at most `limit`), labelled by the first
 * column that is not numeric, measured by the first numeric column. Negative values count as zero (counts and
 * durations are what reports chart); a result with no numeric column has no chart.
 */
export function barChartOf(result: ReportResult, limit = 20): BarChart | undefined {
  const numeric = (key: string) =>
    result.rows.length > 0 && result.rows.every((r) => r[key] === null || typeof r[key] === 'number');
  const valueColumn = result.columns.find((c) => numeric(c.key));
  const labelColumn = result.columns.find((c) => !numeric(c.key));
  if (!valueColumn || !labelColumn) return undefined;
  const rows = result.rows.slice(0, limit);
  const values = rows.map((r) => Math.max(0, Number(r[valueColumn.key] ?? 0)));
  const max = Math.max(0, ...values);
  return {
    labelColumn,
    valueColumn,
    max,
    bars: rows.map((r, i) => ({
      label: String(r[labelColumn.key] ?? ''),
      value: values[i]!,
      fraction: max === 0 ? 0 : values[i]! / max,
    })),
  };
}
