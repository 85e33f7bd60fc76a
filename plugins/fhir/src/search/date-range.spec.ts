import { dateRangeOf, datesMatch, periodRangeOf } from './date-range';

const range = (value: string) => {
  const found = dateRangeOf(value);
  if (!found) throw new Error(`not a date: ${value}`);
  return found;
};

describe('dateRangeOf', () => {
  it('covers the whole year, month or day a partial date names', () => {
    expect(range('2024')).toEqual({ from: Date.UTC(2024, 0, 1), to: Date.UTC(2025, 0, 1) });
    expect(range('2024-02')).toEqual({ from: Date.UTC(2024, 1, 1), to: Date.UTC(2024, 2, 1) });
    expect(range('2024-12-31')).toEqual({ from: Date.UTC(2024, 11, 31), to: Date.UTC(2025, 0, 1) });
  });

  it('reads times with their zone, to their precision', () => {
    expect(range('2024-05-02T10:00:00+02:00')).toEqual({
      from: Date.UTC(2024, 4, 2, 8),
      to: Date.UTC(2024, 4, 2, 8, 0, 1),
    });
    expect(range('2024-05-02T10:00Z').to - range('2024-05-02T10:00Z').from).toBe(60_000);
  });

  it('refuses what is not a date', () => {
    for (const value of ['yesterday', '2024-13', '2023-02-29', '24-05-02', '2024-05-02T25:00Z']) {
      expect({ value, range: dateRangeOf(value) }).toEqual({ value, range: undefined });
    }
  });

  it('gives an open period an infinite end', () => {
    expect(periodRangeOf({ start: '2024-05-02' })).toEqual({ from: Date.UTC(2024, 4, 2), to: Infinity });
  });
});

describe('datesMatch', () => {
  const may = range('2024-05');
  const may2nd = range('2024-05-02T10:00:00Z');
  const june = range('2024-06-10');

  it('matches eq within the span, ne outside it', () => {
    expect(datesMatch('eq', may2nd, may)).toBe(true);
    expect(datesMatch('eq', june, may)).toBe(false);
    expect(datesMatch('ne', june, may)).toBe(true);
  });

  it('orders with gt, ge, lt, le, sa and eb', () => {
    expect(datesMatch('gt', june, may)).toBe(true);
    expect(datesMatch('gt', may2nd, may)).toBe(false);
    expect(datesMatch('ge', may2nd, may)).toBe(true);
    expect(datesMatch('lt', may2nd, june)).toBe(true);
    expect(datesMatch('le', june, june)).toBe(true);
    expect(datesMatch('sa', june, may)).toBe(true);
    expect(datesMatch('eb', may2nd, june)).toBe(true);
    expect(datesMatch('eb', june, may)).toBe(false);
  });
});
