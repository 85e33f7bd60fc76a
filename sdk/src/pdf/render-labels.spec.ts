import { readPdf } from '../testing/pdf-structure';
import { renderLabels } from './render-labels';

const createdAt = new Date('2026-02-01T10:00:00Z');
/** Code 128 start B, "A", check, stop: the widths an encoder answers (bar first). */
const BARS = [2, 1, 1, 2, 1, 4, 1, 1, 1, 3, 2, 3, 1, 1, 1, 3, 2, 3, 2, 3, 3, 1, 1, 1, 2];

describe(renderLabels.name, () => {
  it('prints one label per page of the label size: bars, the barcode text, then the lines (the first bold)', () => {
    const file = renderLabels({
      title: 'Specimen labels',
      createdAt,
      labels: [
        {
          barcode: { bars: BARS, text: 'LAB-000042-SST' },
          lines: ['DOE, Jane', 'MRN 000123', 'Potassium, Sodium', 'STAT'],
        },
        { lines: ['No barcode'] },
      ],
    });
    const pdf = readPdf(file);
    expect(pdf).toMatchObject({ pageCount: 2, title: 'Specimen labels' });
    // A barcode and four lines fit the default 2 x 1 inch label.
    expect(pdf.pageTexts).toEqual([
      ['LAB-000042-SST', 'DOE, Jane', 'MRN 000123', 'Potassium, Sodium', 'STAT'],
      ['No barcode'],
    ]);
    const text = file.toString('latin1');
    expect(text).toContain('/MediaBox [0 0 144 72]');
    expect(text).toContain('/F2 7 Tf');
    // One filled rectangle per bar (the odd positions are spaces), inside the quiet zones.
    const rects = [...text.matchAll(/([\d.]+) [\d.]+ ([\d.]+) [\d.]+ re/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(rects).toHaveLength(Math.ceil(BARS.length / 2));
    const module = 134 / (BARS.reduce((a, b) => a + b, 0) + 20);
    expect(rects[0]![0]).toBeCloseTo(5 + 10 * module, 2);
    expect(rects[0]![1]).toBeCloseTo(2 * module, 2);
    const [lastX = 0, lastW = 0] = rects.at(-1) ?? [];
    expect(lastX + lastW).toBeCloseTo(5 + 134 - 10 * module, 2);
  });

  it('takes another label size and cuts lines too wide for it', () => {
    const pdf = readPdf(
      renderLabels({
        title: 'Shelf',
        createdAt,
        width: 100,
        height: 40,
        labels: [{ lines: ['A very long line that cannot possibly fit on a small label'] }],
      }),
    );
    expect(pdf.pageTexts[0]![0]).toMatch(/^A very long line.*\.\.\.$/);
  });
});
