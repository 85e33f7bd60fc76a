import { describe, expect, it } from 'vitest';
import { formatRequirements, paidHours, parseRequirements } from './shift-types';

describe(paidHours.name, () => {
  it('counts a day shift less its unpaid break', () => {
    expect(paidHours('07:00', '15:00', 30)).toBe(7.5);
    expect(paidHours('08:00', '16:00', 0)).toBe(8);
  });

  it('reads an end at or before the start as the next day (a night shift)', () => {
    expect(paidHours('20:00', '08:00', 60)).toBe(11);
    expect(paidHours('07:00', '07:00', 0)).toBe(24);
  });

  it('answers nothing while a time is incomplete', () => {
    expect(paidHours('07:', '15:00', 0)).toBeNull();
  });
});

describe(parseRequirements.name, () => {
  it('reads skills with their minimums and writes them back the same way', () => {
    const parsed = parseRequirements(' rn 2, hca 1 ,');
    expect(parsed).toEqual([
      { skill: 'rn', min: 2 },
      { skill: 'hca', min: 1 },
    ]);
    expect(formatRequirements(parsed!)).toBe('rn 2, hca 1');
  });

  it('refuses a part without a number, a zero, or no part at all', () => {
    expect(parseRequirements('rn')).toBeNull();
    expect(parseRequirements('rn 0')).toBeNull();
    expect(parseRequirements('  ')).toBeNull();
  });
});
