import { InvariantViolation, type ReportResult } from '@hms/sdk';

type Cell = string | number | boolean | null;

const isCell = (value: unknown): value is Cell =>
  value === null ||
  typeof value === 'string' ||
  typeof value === 'boolean' ||
  (typeof value === 'number' && Number.isFinite(value));

/**
 * Checks what a report returned before it is stored: columns with distinct string keys and labels, rows of
 * plain cells (a missing cell is stored as null), a summary of plain values. A plugin bug fails the run with
 * `REPORT_RESULT_INVALID` instead of storing something the downloads cannot render.
 */
export function checkedResult(result: unknown): ReportResult {
  const invalid = (why: string) => new InvariantViolation('REPORT_RESULT_INVALID', { why });
  if (typeof result !== 'object' || result === null) throw invalid('not an object');
  const { columns, rows, summary } = result as Partial<ReportResult>;
  if (!Array.isArray(columns) || columns.length === 0) throw invalid('columns must be a non-empty array');
  const keys = new Set<string>();
  for (const column of columns) {
    if (typeof column?.key !== 'string' || typeof column.label !== 'string' || keys.has(column.key)) {
      throw invalid('each column needs a distinct string key and a string label');
    }
    keys.add(column.key);
  }
  if (!Array.isArray(rows)) throw invalid('rows must be an array');
  const cleanRows = rows.map((row, i) => {
    if (typeof row !== 'object' || row === null) throw invalid(`row ${i} is not an object`);
    return Object.fromEntries(
      columns.map(({ key }) => {
        const value = (row as Record<string, unknown>)[key] ?? null;
        if (!isCell(value)) throw invalid(`row ${i}, column ${key}: expected a string, finite number, boolean or null`);
        return [key, value];
      }),
    );
  });
  if (
    summary !== undefined &&
    (typeof summary !== 'object' ||
      summary === null ||
      !Object.values(summary).every(
        (v) => v === null || typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)),
      ))
  ) {
    throw invalid('summary must map names to strings, finite numbers or null');
  }
  return {
    columns: columns.map(({ key, label }) => ({ key, label })),
    rows: cleanRows,
    ...(summary === undefined ? {} : { summary }),
  };
}
