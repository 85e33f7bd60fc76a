import { fitText, pdfString } from './pdf-text';
import { writePdf, type PdfPage } from './pdf-writer';

/**
 * A linear barcode as bar and space widths in modules, bar first (what an encoder such as bwip-js's `raw` answers as
 * `sbs`), with the text printed under it. The SDK draws bars; it does not encode symbologies.
 */
export interface PdfBarcode {
  readonly bars: readonly number[];
  readonly text: string;
}

/** One label: a barcode on top (optional), then lines of text, the first in bold. */
export interface PdfLabel {
  readonly barcode?: PdfBarcode;
  readonly lines: readonly string[];
}

/** Labels, one per page of the label's size (a label printer prints a page per label). */
export interface PdfLabelSheet {
  readonly title: string;
  readonly createdAt: Date;
  /** Page size in points (1 mm = 2.835 pt); default 144 × 72, a 2 × 1 inch label (close to 50 × 25 mm). */
  readonly width?: number;
  readonly height?: number;
  readonly labels: readonly PdfLabel[];
}

const MARGIN = 5;
/** Code 128 and most linear symbologies need ten modules of blank each side to be read. */
const QUIET_MODULES = 10;
const BAR_HEIGHT = 24;
const TEXT_SIZE = 6;
const LINE = 7;

/**
 * Renders labels (specimen tubes, shelves, wristbands) as a PDF, one page per label, with the SDK's writer:
 * each barcode scaled to the label's width with its quiet zones, its text under it, then the lines (cut with `...`
 * when too wide). Dependency-free, like {@link renderPdf}.
 * @example
 * const [{ sbs }] = bwipjs.raw({ bcid: 'code128', text: 'LAB-000042-SST' });
 * const pdf = renderLabels({ title: 'Specimen labels', createdAt: new Date(), labels: [
 *   { barcode: { bars: sbs, text: 'LAB-000042-SST' }, lines: ['MRN 000123', 'Potassium, Sodium'] },
 * ] });
 */
export function renderLabels(sheet: PdfLabelSheet): Buffer {
  const width = sheet.width ?? 144;
  const height = sheet.height ?? 72;
  const pages: PdfPage[] = sheet.labels.map((label) => ({
    width,
    height,
    content: labelOps(label, width, height).join('\n'),
  }));
  return writePdf(pages, { title: sheet.title, createdAt: sheet.createdAt });
}

function labelOps(label: PdfLabel, width: number, height: number): string[] {
  const ops: string[] = [];
  const usable = width - 2 * MARGIN;
  let y = height - MARGIN;
  if (label.barcode && label.barcode.bars.length > 0) {
    y -= BAR_HEIGHT;
    ops.push(...barOps(label.barcode.bars, MARGIN, y, usable, BAR_HEIGHT));
    y -= TEXT_SIZE + 1;
    ops.push(textOp(fitText(label.barcode.text, usable, TEXT_SIZE), MARGIN, y, TEXT_SIZE, false));
  }
  label.lines.forEach((line, i) => {
    y -= LINE;
    if (y < MARGIN) return; // a label holds what fits; the barcode and the first lines matter most
    ops.push(
      textOp(
        fitText(line, usable, TEXT_SIZE + (i === 0 ? 1 : 0), i === 0),
        MARGIN,
        y,
        TEXT_SIZE + (i === 0 ? 1 : 0),
        i === 0,
      ),
    );
  });
  return ops;
}

/** Filled rectangles for the bars (even positions); spaces only move along. Black on the page's white. */
function barOps(bars: readonly number[], x: number, y: number, width: number, height: number): string[] {
  const modules = bars.reduce((sum, w) => sum + w, 0) + 2 * QUIET_MODULES;
  const module = width / modules;
  let at = x + QUIET_MODULES * module;
  const rects: string[] = [];
  bars.forEach((w, i) => {
    if (i % 2 === 0) rects.push(`${at.toFixed(3)} ${y.toFixed(2)} ${(w * module).toFixed(3)} ${height.toFixed(2)} re`);
    at += w * module;
  });
  return ['0 g', ...rects, 'f'];
}

function textOp(value: string, x: number, y: number, size: number, bold: boolean): string {
  return `BT /${bold ? 'F2' : 'F1'} ${size} Tf ${x.toFixed(2)} ${y.toFixed(2)} Td ${pdfString(value)} Tj ET`;
}
