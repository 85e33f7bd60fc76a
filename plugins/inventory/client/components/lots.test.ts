import { describe, expect, it } from 'vitest';
import { byExpiry, daysUntil, lotsInStock } from './lots';

const lot = (name: string | null, expiresOn: string | null, quantity = 10, expired = false) => ({
  lot: name,
  expiresOn,
  quantity,
  expired,
});

describe('lots', () => {
  it('come earliest expiry first, undated last, then by lot number', () => {
    const sorted = byExpiry([lot('B', '2027-06-01'), lot(null, null), lot('C', '2026-01-01'), lot('A', '2027-06-01')]);
    expect(sorted.map((l) => l.lot)).toEqual(['C', 'A', 'B', null]);
  });

  it('that can be named are the ones with stock and a lot number', () => {
    expect(
      lotsInStock([
        lot('B', '2027-06-01'),
        lot('E', '2025-01-01', 0),
        lot(null, null),
        lot('A', '2026-01-01', 3, true),
      ]).map((l) => l.lot),
    ).toEqual(['A', 'B']);
  });

  it('count the days to an expiry date', () => {
    expect(daysUntil('2026-03-10', '2026-03-12')).toBe(2);
    expect(daysUntil('2026-03-10', '2026-03-01')).toBe(-9);
  });
});
