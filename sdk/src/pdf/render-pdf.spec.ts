import { readPdf } from '../testing/pdf-structure';
import { renderPdf } from './render-pdf';

const createdAt = new Date('2026-02-01T10:00:00Z');

describe(renderPdf.name, () => {
  it('lays out headings, wrapped paragraphs and tables under the title of every page', () => {
    const long = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ');
    const pdf = readPdf(
      renderPdf({
        title: 'Visit summary',
        subtitle: ['Encounter 1'],
        createdAt,
        blocks: [
          { kind: 'heading', text: 'Diagnoses' },
          {
            kind: 'table',
            columns: [{ label: 'Code' }, { label: 'Title' }],
            rows: [['I10', 'Essential (primary) hypertension']],
          },
          { kind: 'paragraph', text: `${long}\nSecond line` },
        ],
      }),
    );
    expect(pdf.version).toBe('1.4');
    expect(pdf.title).toBe('Visit summary');
    expect(pdf.pageCount).toBe(1);
    const texts = pdf.pageTexts[0]!;
    expect(texts.slice(0, 6)).toEqual(['Visit summary', 'Encounter 1', 'Diagnoses', 'Code', 'Title', 'I10']);
    expect(texts).toContain('Essential (primary) hypertension');
    // The paragraph wraps at word boundaries: every word is there once, spread over several lines.
    const paragraphLines = texts.filter((t) => t.startsWith('word'));
    expect(paragraphLines.length).toBeGreaterThan(1);
    expect(paragraphLines.join(' ')).toBe(long);
    expect(texts).toContain('Second line');
    expect(texts.at(-1)).toBe('Page 1 of 1');
  });

  it('flows a long table onto new pages, repeating the title and the column labels', () => {
    const rows = Array.from({ length: 150 }, (_, i) => [`Row ${i + 1}`, String(i)]);
    const pdf = readPdf(
      renderPdf({
        title: 'Long',
        createdAt,
        blocks: [{ kind: 'table', columns: [{ label: 'Name' }, { label: 'N', align: 'right' }], rows }],
      }),
    );
    expect(pdf.pageCount).toBeGreaterThan(1);
    for (const [i, texts] of pdf.pageTexts.entries()) {
      expect(texts.slice(0, 3)).toEqual(['Long', 'Name', 'N']);
      expect(texts.at(-1)).toBe(`Page ${i + 1} of ${pdf.pageCount}`);
    }
    const all = pdf.pageTexts.flat();
    for (const [name] of rows) expect(all).toContain(name);
  });

  it('says so when a table has no rows', () => {
    const pdf = readPdf(
      renderPdf({
        title: 'Empty',
        createdAt,
        blocks: [{ kind: 'table', columns: [{ label: 'A' }], rows: [], empty: 'None recorded.' }],
      }),
    );
    expect(pdf.pageTexts[0]).toContain('None recorded.');
  });
});
