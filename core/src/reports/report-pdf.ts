import type { ReportResult } from '@hms/sdk';
import { fitText, pdfString, textWidth } from './pdf-text';
import { writePdf, type PdfPage } from './pdf-writer';

/** What the PDF shows above the table. */
export interface ReportHeading {
  readonly title: string;
  /** Lines under the title: parameters, who asked and when. */
  readonly lines: readonly string[];
  readonly createdAt: Date;
}

// A4 landscape, in points: reports are wide.
const WIDTH = 842;
const HEIGHT = 595;
const MARGIN = 36;
const SIZE = 8;
const ROW = 11;
const PAD = 6;
const MIN_COLUMN = 36;
const TOP = HEIGHT - MARGIN;
const BOTTOM = MARGIN + 18;

type Align = 'left' | 'right';

/**
 * The result as a PDF table: the title and heading lines at the top of every page, the column labels repeated
 * on each page, numbers right-aligned, cells cut with `...` when a column is too narrow, "Page i of n" at the
 * foot, and the summary after the last row.
 */
export function reportPdf(result: ReportResult, heading: ReportHeading): Buffer {
  const texts = result.rows.map((row) => result.columns.map((c) => cellText(row[c.key] ?? null)));
  const aligns: Align[] = result.columns.map((c) =>
    result.rows.length > 0 && result.rows.every((r) => r[c.key] === null || typeof r[c.key] === 'number') ? 'right' : 'left',
  );
  const widths = columnWidths(result.columns.map((c) => c.label), texts);
  const pages: string[][] = [];
  let ops: string[] = [];
  let y = 0;

  const newPage = (withHeader: boolean) => {
    ops = [];
    pages.push(ops);
    y = TOP;
    text(ops, heading.title, MARGIN, y - 14, 14, true);
    y -= 22;
    for (const line of heading.lines) {
      text(ops, fitText(line, WIDTH - 2 * MARGIN, SIZE), MARGIN, y - SIZE, SIZE);
      y -= ROW;
    }
    y -= 6;
    if (withHeader) tableHeader();
  };
  const tableHeader = () => {
    row(result.columns.map((c) => c.label), true);
    ops.push(`0.5 w ${MARGIN} ${y + 2} m ${WIDTH - MARGIN} ${y + 2} l S`);
    y -= 2;
  };
  const row = (cells: readonly string[], bold = false) => {
    let x = MARGIN;
    cells.forEach((cell, i) => {
      const width = widths[i]!;
      const shown = fitText(cell, width - PAD, SIZE, bold);
      const left = aligns[i] === 'right' ? x + width - PAD - textWidth(shown, SIZE, bold) : x;
      text(ops, shown, left, y - SIZE, SIZE, bold);
      x += width;
    });
    y -= ROW;
  };

  newPage(true);
  for (const cells of texts) {
    if (y - ROW < BOTTOM) newPage(true);
    row(cells);
  }
  if (texts.length === 0) {
    text(ops, 'No rows.', MARGIN, y - SIZE, SIZE);
    y -= ROW;
  }
  const summary = Object.entries(result.summary ?? {});
  if (summary.length > 0) {
    if (y - ROW * 2 < BOTTOM) newPage(false);
    y -= ROW / 2;
    text(ops, 'Summary', MARGIN, y - SIZE, SIZE, true);
    y -= ROW;
    for (const [name, value] of summary) {
      if (y - ROW < BOTTOM) newPage(false);
      text(ops, fitText(`${name}: ${cellText(value)}`, WIDTH - 2 * MARGIN, SIZE), MARGIN, y - SIZE, SIZE);
      y -= ROW;
    }
  }

  const finished: PdfPage[] = pages.map((pageOps, i) => {
    const footer = `Page ${i + 1} of ${pages.length}`;
    text(pageOps, fitText(heading.title, WIDTH / 2, 7), MARGIN, MARGIN, 7);
    text(pageOps, footer, WIDTH - MARGIN - textWidth(footer, 7), MARGIN, 7);
    return { width: WIDTH, height: HEIGHT, content: pageOps.join('\n') };
  });
  return writePdf(finished, { title: heading.title, createdAt: heading.createdAt });
}

function text(ops: string[], value: string, x: number, y: number, size: number, bold = false): void {
  ops.push(`BT /${bold ? 'F2' : 'F1'} ${size} Tf ${x.toFixed(2)} ${y.toFixed(2)} Td ${pdfString(value)} Tj ET`);
}

function cellText(value: string | number | boolean | null): string {
  return value === null ? '' : String(value);
}

/** Each column as wide as its widest text (the first 500 rows), shrunk in proportion when they do not all fit. */
function columnWidths(labels: readonly string[], rows: readonly (readonly string[])[]): number[] {
  const available = WIDTH - 2 * MARGIN;
  const natural = labels.map((label, i) => {
    const widest = rows.slice(0, 500).reduce((w, r) => Math.max(w, textWidth(r[i]!, SIZE)), textWidth(label, SIZE, true));
    return Math.max(MIN_COLUMN, widest + PAD + 1); // + 1: rounding must not cut the widest text
  });
  const total = natural.reduce((a, b) => a + b, 0);
  if (total <= available) return natural;
  return natural.map((w) => Math.max(MIN_COLUMN / 2, (w * available) / total));
}
