import { fitText, pdfString, textWidth } from './pdf-text';
import { writePdf, type PdfPage } from './pdf-writer';

/** A column of a {@link PdfTable}: numbers read best right-aligned. */
export interface PdfColumn {
  readonly label: string;
  readonly align?: 'left' | 'right';
}

/** One block of a {@link PdfDocument}, laid out top to bottom, flowing onto new pages. */
export type PdfBlock =
  | { readonly kind: 'heading'; readonly text: string }
  /** Wrapped at word boundaries; `\n` starts a new line. */
  | { readonly kind: 'paragraph'; readonly text: string }
  /** Column labels repeat on every page the table spans; cells too wide are cut with `...`. */
  | {
      readonly kind: 'table';
      readonly columns: readonly PdfColumn[];
      readonly rows: readonly (readonly string[])[];
      readonly empty?: string;
    };

/** A small document model: enough for summaries, letters and tabular reports. */
export interface PdfDocument {
  readonly title: string;
  /** Lines under the title, repeated on every page (who, what, when). */
  readonly subtitle?: readonly string[];
  readonly orientation?: 'portrait' | 'landscape';
  readonly createdAt: Date;
  readonly blocks: readonly PdfBlock[];
  /** The foot's page count in the reader's language (`Página 1 de 2`); English "Page 1 of 2" by default. SDK 2.10. */
  readonly pageLabel?: (page: number, pages: number) => string;
}

const MARGIN = 36;
const SIZE = 8;
const ROW = 11;
const PAD = 6;
const MIN_COLUMN = 36;

/**
 * Renders a document as a PDF (A4, Helvetica, no dependencies): the title and subtitle at the top of every page,
 * the blocks flowing onto as many pages as they need, the title and "Page i of n" at the foot. Text outside
 * WinAnsi (Latin-1 and a few typographic signs) shows as `?`.
 * @example
 * const pdf = renderPdf({ title: 'Discharge summary', createdAt: new Date(), blocks: [
 *   { kind: 'heading', text: 'Diagnoses' }, { kind: 'table', columns: [{ label: 'Code' }, { label: 'Title' }], rows },
 * ] });
 */
export function renderPdf(document: PdfDocument): Buffer {
  const [width, height] = document.orientation === 'landscape' ? [842, 595] : [595, 842];
  const layout = new Layout(document, width, height);
  for (const block of document.blocks) {
    if (block.kind === 'heading') layout.heading(block.text);
    else if (block.kind === 'paragraph') layout.paragraph(block.text);
    else layout.table(block.columns, block.rows, block.empty ?? 'No rows.');
  }
  const pages: PdfPage[] = layout.pages.map((ops, i) => {
    const footer = document.pageLabel?.(i + 1, layout.pages.length) ?? `Page ${i + 1} of ${layout.pages.length}`;
    text(ops, fitText(document.title, width / 2, 7), MARGIN, MARGIN, 7);
    text(ops, footer, width - MARGIN - textWidth(footer, 7), MARGIN, 7);
    return { width, height, content: ops.join('\n') };
  });
  return writePdf(pages, { title: document.title, createdAt: document.createdAt });
}

class Layout {
  readonly pages: string[][] = [];
  private ops: string[] = [];
  private y = 0;
  private readonly bottom = MARGIN + 18;
  private readonly usable: number;

  constructor(
    private readonly document: PdfDocument,
    private readonly width: number,
    private readonly height: number,
  ) {
    this.usable = width - 2 * MARGIN;
    this.newPage();
  }

  heading(value: string): void {
    if (this.y - ROW * 2 < this.bottom) this.newPage();
    this.y -= ROW / 2;
    text(this.ops, fitText(value, this.usable, SIZE + 2, true), MARGIN, this.y - SIZE - 2, SIZE + 2, true);
    this.y -= ROW + 2;
  }

  paragraph(value: string): void {
    for (const line of wrap(value, this.usable, SIZE)) {
      if (this.y - ROW < this.bottom) this.newPage();
      text(this.ops, line, MARGIN, this.y - SIZE, SIZE);
      this.y -= ROW;
    }
  }

  table(columns: readonly PdfColumn[], rows: readonly (readonly string[])[], empty: string): void {
    const widths = columnWidths(
      columns.map((c) => c.label),
      rows,
      this.usable,
    );
    const row = (cells: readonly string[], bold = false): void => {
      let x = MARGIN;
      cells.forEach((cell, i) => {
        const columnWidth = widths[i] ?? MIN_COLUMN;
        const shown = fitText(cell, columnWidth - PAD, SIZE, bold);
        const left = columns[i]?.align === 'right' ? x + columnWidth - PAD - textWidth(shown, SIZE, bold) : x;
        text(this.ops, shown, left, this.y - SIZE, SIZE, bold);
        x += columnWidth;
      });
      this.y -= ROW;
    };
    const header = (): void => {
      row(
        columns.map((c) => c.label),
        true,
      );
      this.ops.push(`0.5 w ${MARGIN} ${this.y + 2} m ${this.width - MARGIN} ${this.y + 2} l S`);
      this.y -= 2;
    };
    if (this.y - ROW * 2 < this.bottom) this.newPage();
    header();
    for (const cells of rows) {
      if (this.y - ROW < this.bottom) {
        this.newPage();
        header();
      }
      row(cells);
    }
    if (rows.length === 0) {
      text(this.ops, empty, MARGIN, this.y - SIZE, SIZE);
      this.y -= ROW;
    }
  }

  private newPage(): void {
    this.ops = [];
    this.pages.push(this.ops);
    this.y = this.height - MARGIN;
    text(this.ops, fitText(this.document.title, this.usable, 14, true), MARGIN, this.y - 14, 14, true);
    this.y -= 22;
    for (const line of this.document.subtitle ?? []) {
      text(this.ops, fitText(line, this.usable, SIZE), MARGIN, this.y - SIZE, SIZE);
      this.y -= ROW;
    }
    this.y -= 6;
  }
}

function text(ops: string[], value: string, x: number, y: number, size: number, bold = false): void {
  ops.push(`BT /${bold ? 'F2' : 'F1'} ${size} Tf ${x.toFixed(2)} ${y.toFixed(2)} Td ${pdfString(value)} Tj ET`);
}

/** Lines of at most `width` points, broken between words (a word longer than a line is cut). */
function wrap(value: string, width: number, size: number): string[] {
  const lines: string[] = [];
  for (const source of value.split('\n')) {
    let line = '';
    for (const word of source.split(/\s+/).filter(Boolean)) {
      const candidate = line === '' ? word : `${line} ${word}`;
      if (textWidth(candidate, size) <= width) line = candidate;
      else {
        if (line !== '') lines.push(line);
        line = textWidth(word, size) <= width ? word : fitText(word, width, size);
      }
    }
    lines.push(line);
  }
  return lines;
}

/** Each column as wide as its widest text (the first 500 rows), shrunk in proportion when they do not all fit. */
function columnWidths(labels: readonly string[], rows: readonly (readonly string[])[], available: number): number[] {
  const natural = labels.map((label, i) => {
    const widest = rows
      .slice(0, 500)
      .reduce((w, r) => Math.max(w, textWidth(r[i] ?? '', SIZE)), textWidth(label, SIZE, true));
    return Math.max(MIN_COLUMN, widest + PAD + 1); // + 1: rounding must not cut the widest text
  });
  const total = natural.reduce((a, b) => a + b, 0);
  if (total <= available) return natural;
  return natural.map((w) => Math.max(MIN_COLUMN / 2, (w * available) / total));
}
