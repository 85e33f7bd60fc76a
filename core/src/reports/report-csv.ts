import type { ReportResult } from '@hms/sdk';

type Cell = ReportResult['rows'][number][string];

/** Characters that make a spreadsheet read a text cell as a formula (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * The result as CSV (RFC 4180): a header row of the column labels, then one record per row, fields separated by
 * commas, records by CRLF; a field holding a comma, quote, CR or LF is quoted, its quotes doubled. Null is an
 * empty field, booleans `true`/`false`, numbers as JavaScript writes them. A text cell that a spreadsheet would
 * take for a formula (`=`, `+`, `-`, `@`) is prefixed with `'`, so opening a report never runs anything; numbers
 * are left alone. UTF-8 without a byte-order mark. The summary is not part of the table (it is in the JSON and PDF).
 */
export function reportCsv(result: ReportResult): string {
  const records = [
    result.columns.map((c) => field(c.label)),
    ...result.rows.map((row) => result.columns.map((c) => field(row[c.key] ?? null))),
  ];
  return records.map((fields) => `${fields.join(',')}\r\n`).join('');
}

function field(value: Cell): string {
  if (value === null) return '';
  if (typeof value !== 'string') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
