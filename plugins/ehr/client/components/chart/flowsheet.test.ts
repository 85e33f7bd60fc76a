import { describe, expect, it } from 'vitest';
import type { VitalItem } from './chart-data';
import { buildFlowsheet } from './flowsheet';
import { flagOf } from './vital-ranges';

const vital = (code: string, display: string, points: [number, string, string][]): VitalItem => ({
  code,
  display,
  value: points[0]![0],
  unit: points[0]![1],
  effectiveAt: points[0]![2],
  history: points.map(([value, unit, effectiveAt]) => ({ value, unit, effectiveAt })),
});

describe(flagOf.name, () => {
  it('flags values below and above the adult range, in any unit the vital converts to', () => {
    expect(flagOf('8867-4', 130, '/min')).toBe('high');
    expect(flagOf('8867-4', 45, '/min')).toBe('low');
    expect(flagOf('8867-4', 72, '/min')).toBeNull();
    expect(flagOf('8310-5', 101.3, '[degF]')).toBe('high'); // 38.5 °C
    expect(flagOf('8310-5', 98.6, '[degF]')).toBeNull();
  });

  it('never flags a measure without a range (weight)', () => {
    expect(flagOf('29463-7', 250, 'kg')).toBeNull();
  });
});

describe(buildFlowsheet.name, () => {
  const vitals = [
    vital('8867-4', 'Heart rate', [
      [118, '/min', '2026-03-02T08:00:30.000Z'],
      [76, '/min', '2026-03-01T20:00:00.000Z'],
    ]),
    vital('8480-6', 'Systolic blood pressure', [[104, 'mm[Hg]', '2026-03-02T08:00:10.000Z']]),
  ];

  it('puts measures in rows and the moments measured in columns, newest first, one column per minute', () => {
    const sheet = buildFlowsheet(vitals);
    expect(sheet.times).toEqual(['2026-03-02T08:00:30.000Z', '2026-03-01T20:00:00.000Z']);
    expect(sheet.rows.map((r) => r.display)).toEqual(['Heart rate', 'Systolic blood pressure']);
    expect(sheet.rows[0]!.cells.map((c) => c && [c.value, c.flag])).toEqual([
      [118, 'high'],
      [76, null],
    ]);
    expect(sheet.rows[1]!.cells.map((c) => c && [c.value, c.flag])).toEqual([[104, 'low'], null]);
    expect(sheet.rows[1]!.range).toEqual({ low: 111, high: 139, unit: 'mm[Hg]' });
  });

  it('keeps only the newest columns', () => {
    expect(buildFlowsheet(vitals, 1).times).toEqual(['2026-03-02T08:00:30.000Z']);
  });
});
