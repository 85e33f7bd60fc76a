import { readPdf } from '@hms/sdk/testing';
import { reportPdf } from './report-pdf';

const heading = {
  title: 'Beds (ward "A")',
  lines: ['Parameters: from = 2026-01-01'],
  createdAt: new Date('2026-02-01T10:00:00Z'),
};

describe(reportPdf.name, () => {
  it('writes a valid PDF whose pages hold the title, the column labels and every row', () => {
    const rows = Array.from({ length: 120 }, (_, i) => ({
      ward: `Ward ${i + 1}`,
      beds: i * 2,
      note: i === 7 ? 'Café (east) \\ wing' : null,
    }));
    const pdf = readPdf(
      reportPdf(
        {
          columns: [
            { key: 'ward', label: 'Ward' },
            { key: 'beds', label: 'Beds' },
            { key: 'note', label: 'Note' },
          ],
          rows,
          summary: { beds: 14280 },
        },
        heading,
      ),
    );
    expect(pdf.version).toBe('1.4');
    expect(pdf.title).toBe('Beds (ward "A")');
    expect(pdf.pageCount).toBe(3);
    for (const [i, texts] of pdf.pageTexts.entries()) {
      expect(texts.slice(0, 5)).toEqual(['Beds (ward "A")', 'Parameters: from = 2026-01-01', 'Ward', 'Beds', 'Note']);
      expect(texts.at(-1)).toBe(`Page ${i + 1} of 3`);
    }
    const all = pdf.pageTexts.flat();
    for (const row of rows) expect(all).toContain(row.ward);
    expect(all).toContain('Café (east) \\ wing');
    expect(all).toContain('Summary');
    expect(all).toContain('beds: 14280');
  });

  it('says so when there are no rows', () => {
    const pdf = readPdf(reportPdf({ columns: [{ key: 'a', label: 'A' }], rows: [] }, heading));
    expect(pdf.pageCount).toBe(1);
    expect(pdf.pageTexts[0]).toContain('No rows.');
  });
});
