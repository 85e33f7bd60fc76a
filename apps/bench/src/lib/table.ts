export interface Column {
  readonly header: string;
  /** Numbers read best right-aligned (the default); names left-aligned. */
  readonly align?: 'left' | 'right';
}

/** The columns of a benchmark whose cells are a client count and a mode (stock, billing). */
export const CLIENT_MODE_COLUMNS: readonly Column[] = [
  { header: 'clients', align: 'right' },
  { header: 'mode', align: 'left' },
  { header: 'ops/s' },
  { header: 'p50 ms' },
  { header: 'p99 ms' },
  { header: 'max ms' },
  { header: 'errors' },
];

/** A table for the terminal: columns padded to their widest cell, separated by ` | `. */
export function textTable(columns: readonly Column[], rows: readonly (readonly string[])[]): string {
  const widths = columns.map((column, i) =>
    Math.max(column.header.length, ...rows.map((row) => (row[i] ?? '').length)),
  );
  const line = (cells: readonly string[]): string =>
    columns
      .map((column, i) => pad(cells[i] ?? '', widths[i] ?? 0, column.align ?? 'right'))
      .join(' | ')
      .trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join('-+-');
  return [line(columns.map((c) => c.header)), rule, ...rows.map(line)].join('\n');
}

/** The same table as GitHub-flavoured markdown, ready to paste into docs. */
export function markdownTable(columns: readonly Column[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  const rule = columns.map((c) => ((c.align ?? 'right') === 'right' ? '---:' : '---')).join(' | ');
  return [
    line(columns.map((c) => c.header)),
    `| ${rule} |`,
    ...rows.map((row) => line(columns.map((_, i) => row[i] ?? ''))),
  ].join('\n');
}

function pad(text: string, width: number, align: 'left' | 'right'): string {
  return align === 'left' ? text.padEnd(width) : text.padStart(width);
}

/** A number with a fixed count of decimals, `–` for a missing value (no successful operations). */
export function fixed(value: number, decimals: number): string {
  return Number.isFinite(value) ? value.toFixed(decimals) : '–';
}
