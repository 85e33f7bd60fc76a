import { describe, expect, it } from 'vitest';
import type { LabCatalogueTest } from './lab-api';
import { describeRange, previewFlag, previewRange, type Sex } from './range-preview';

// Two tests of the seeded catalogue, as GET /api/lab/catalogue answers them.
const haemoglobin: LabCatalogueTest = {
  code: '718-7',
  name: 'Haemoglobin',
  specimen: 'whole-blood',
  unit: 'g/dL',
  ranges: [
    { sex: 'any', from: { days: 0 }, to: { days: 31 }, low: 14, high: 24, criticalLow: 9.5, criticalHigh: 26 },
    { sex: 'any', from: { days: 31 }, to: { years: 1 }, low: 9.5, high: 14, criticalLow: 7, criticalHigh: 20 },
    { sex: 'any', from: { years: 1 }, to: { years: 12 }, low: 11, high: 14.5, criticalLow: 7, criticalHigh: 20 },
    { sex: 'female', from: { years: 12 }, low: 12, high: 15.5, criticalLow: 7, criticalHigh: 20 },
    { sex: 'male', from: { years: 12 }, low: 13.5, high: 17.5, criticalLow: 7, criticalHigh: 20 },
  ],
};
const creatinine: LabCatalogueTest = {
  code: '2160-0',
  name: 'Creatinine',
  specimen: 'serum',
  unit: 'umol/L',
  ranges: [
    { sex: 'any', from: { days: 0 }, to: { years: 1 }, low: 15, high: 40 },
    { sex: 'any', from: { years: 1 }, to: { years: 12 }, low: 20, high: 60 },
    { sex: 'female', from: { years: 12 }, low: 45, high: 90 },
    { sex: 'male', from: { years: 12 }, low: 60, high: 110 },
  ],
};

const ON = '2026-03-01T09:00:00.000Z';
/** Rows of the server's table (plugins/lab/src/domain/catalogue/reference-range.spec.ts): the same flags. */
const cases: [LabCatalogueTest, Sex, string, number, string | null][] = [
  [haemoglobin, 'male', '2026-02-20', 18, 'N'],
  [haemoglobin, 'male', '2026-02-20', 13, 'L'],
  [haemoglobin, 'female', '2025-09-01', 10, 'N'],
  [haemoglobin, 'female', '2020-01-15', 15, 'H'],
  [haemoglobin, 'male', '1960-05-01', 13, 'L'],
  [haemoglobin, 'male', '1960-05-01', 6.5, 'LL'],
  [haemoglobin, 'female', '1960-05-01', 21, 'HH'],
  [haemoglobin, 'unknown', '1960-05-01', 13, 'N'],
  [haemoglobin, 'other', '1960-05-01', 17.8, 'H'],
  [creatinine, 'female', '1960-05-01', 100, 'H'],
  [creatinine, 'male', '1960-05-01', 900, 'H'],
  [creatinine, 'male', '2019-03-01', 70, 'H'],
  [creatinine, 'female', '2026-03-05', 30, null],
];

describe('the range and flag shown as a result is typed', () => {
  it.each(cases)('%#: flags as the server does', (test, sex, born, value, flag) => {
    expect(previewFlag(value, previewRange(test, sex, born, ON))).toBe(flag);
  });

  it('writes the range with its critical limits', () => {
    expect(describeRange({ low: 3.5, high: 5.1, criticalLow: 2.8, criticalHigh: 6.2 })).toBe(
      '3.5–5.1 (critical < 2.8, > 6.2)',
    );
    expect(describeRange({ low: 45, high: 90 })).toBe('45–90');
  });
});
