import { fixed, markdownTable, textTable, type Column } from '../lib/table';

/** One measured report over one period, beside its hand-written SQL statement. */
export interface ReportCell {
  readonly report: string;
  readonly period: string;
  /** Read-model rows the report reads for the period. */
  readonly rows: number;
  /** Lines of the report's result. */
  readonly resultRows: number;
  readonly report_ms: number;
  readonly peakRssMb: number;
  readonly sql_ms: number | null;
}

/** The target of the issue: each report within 3x of the hand-written SQL over the same data. */
const TARGET_RATIO = 3;

const COLUMNS: readonly Column[] = [
  { header: 'report', align: 'left' },
  { header: 'period', align: 'left' },
  { header: 'rows read' },
  { header: 'result lines' },
  { header: 'report ms' },
  { header: 'rows/s' },
  { header: 'peak RSS MB' },
  { header: 'SQL ms' },
  { header: 'report/SQL' },
  { header: `within ${TARGET_RATIO}x`, align: 'left' },
];

export function printReportsTable(cells: readonly ReportCell[]): void {
  const lines = cells.map((c) => {
    const ratio = c.sql_ms ? c.report_ms / c.sql_ms : null;
    return [
      c.report,
      c.period,
      String(c.rows),
      String(c.resultRows),
      fixed(c.report_ms, 1),
      c.rows > 0 ? fixed((c.rows / c.report_ms) * 1000, 0) : '–',
      fixed(c.peakRssMb, 0),
      c.sql_ms === null ? '–' : fixed(c.sql_ms, 1),
      ratio === null ? '–' : fixed(ratio, 2),
      ratio === null ? '–' : ratio <= TARGET_RATIO ? 'yes' : 'NO',
    ];
  });
  const notes = [
    'report ms: median of 3 runs after a warm-up, run in process as the report job runs it (no queue);',
    'SQL ms: one hand-written statement computing the same figures from the same read models (pg, one round trip);',
    'rows read: analytics read-model rows in the period; peak RSS: the benchmark process (PostgreSQL not counted).',
  ];
  process.stdout.write(
    `\n${textTable(COLUMNS, lines)}\n\n${notes.join('\n')}\n\nmarkdown:\n\n${markdownTable(COLUMNS, lines)}\n`,
  );
}
