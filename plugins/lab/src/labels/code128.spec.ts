import { code128Bars } from './code128';

const modules = (bars: readonly number[]): number => bars.reduce((sum, w) => sum + w, 0);

describe('Code 128 bars for a label code', () => {
  it('starts with start B, ends with the stop pattern, 11 modules per character plus the check', () => {
    const bars = code128Bars('LAB-000042-SST');
    expect(bars.slice(0, 6)).toEqual([2, 1, 1, 2, 1, 4]); // start code B
    expect(bars.slice(-7)).toEqual([2, 3, 3, 1, 1, 1, 2]); // stop
    // The digits run "000042" is packed two to a symbol in code set C: fewer modules than one per character.
    expect(modules(bars)).toBeLessThan(11 * (14 + 2) + 13);
    expect(bars.every((w) => w >= 1 && w <= 4)).toBe(true);
  });

  it('encodes different codes differently (the check character differs too)', () => {
    expect(code128Bars('LAB-000042-SST')).not.toEqual(code128Bars('LAB-000043-SST'));
  });
});
