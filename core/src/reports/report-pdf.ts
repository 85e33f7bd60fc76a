import type { ReportResult } from '@hms/sdk';
import { renderPdf, type PdfBlock } from '@hms/sdk/pdf';

/** What the PDF shows above the table. */
export interface ReportHeading {
  readonly title: string;
  /** Lines under the title: parameters, who asked and when. */
  readonly lines: readonly string[];
  readonly createdAt: Date;
}

/**
 * The result as a PDF table (A4 landscape: reports are wide), drawn by the SDK's `renderPdf`: the title and
 * heading lines at the top of every page, the column labels repeated on each page, numbers right-aligned, cells
 * cut with `...` when a column is too narrow, "Page i of n" at the foot, and the summary after the last row.
 */
export function reportPdf(result: ReportResult, heading: ReportHeading): Buffer {
  const columns = result.columns.map((c) => ({
    label: c.label,
    align:
      result.rows.length > 0 && result.rows.every((r) => r[c.key] === null || typeof r[c.key] === 'number')
        ? ('right' as const)
        : ('left' as const),
  }));
  const rows = result.rows.map((row) => result.columns.map((c) => cellText(row[c.key] ?? null)));
  const summary = Object.entries(result.summary ?? {});
  const blocks: PdfBlock[] = [
    { kind: 'table', columns, rows, empty: 'No rows.' },
    ...(summary.length === 0
      ? []
      : [
          { kind: 'heading' as const, text: 'Summary' },
          ...summary.map(([name, value]) => ({ kind: 'paragraph' as const, text: `${name}: ${cellText(value)}` })),
        ]),
  ];
  return renderPdf({
    title: heading.title,
    subtitle: heading.lines,
    orientation: 'landscape',
    createdAt: heading.createdAt,
    blocks,
  });
}

function cellText(value: string | number | boolean | null): string {
  return value === null ? '' : String(value);
}
