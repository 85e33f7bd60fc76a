import { fitText, pdfString, textWidth } from './pdf-text';

describe('PDF text', () => {
  it('measures with the Helvetica metrics and cuts text to a width', () => {
    expect(textWidth('Ward', 10)).toBeCloseTo(((944 + 556 + 333 + 556) * 10) / 1000);
    const cut = fitText('A rather long ward name that will not fit', 60, 8);
    expect(cut.endsWith('...')).toBe(true);
    expect(textWidth(cut, 8)).toBeLessThanOrEqual(60);
  });

  it('escapes literal strings and writes non-ASCII in WinAnsi octal', () => {
    expect(pdfString('a(b)\\c é € 中')).toBe('(a\\(b\\)\\\\c \\351 \\200 ?)');
  });
});
