import { describe, expect, it } from 'vitest';
import { ageOf } from './age';

const on = (y: number, m: number, d: number) => new Date(y, m - 1, d);

describe("a patient's age in the banner", () => {
  it('counts whole years, a birthday counting from its day', () => {
    expect(ageOf('1980-04-04', on(2026, 4, 3))).toEqual({ value: 45, unit: 'y' });
    expect(ageOf('1980-04-04', on(2026, 4, 4))).toEqual({ value: 46, unit: 'y' });
  });

  it('gives months below two years and days in the first month', () => {
    expect(ageOf('2025-01-15', on(2026, 3, 20))).toEqual({ value: 14, unit: 'mo' });
    expect(ageOf('2026-03-01', on(2026, 3, 20))).toEqual({ value: 19, unit: 'd' });
    expect(ageOf('2026-03-20', on(2026, 3, 20))).toEqual({ value: 0, unit: 'd' });
  });

  it('reads no age from a date in the future or one it cannot read', () => {
    expect(ageOf('2026-03-21', on(2026, 3, 20))).toBeUndefined();
    expect(ageOf('20.03.1980', on(2026, 3, 20))).toBeUndefined();
  });
});
