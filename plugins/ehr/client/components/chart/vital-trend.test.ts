import { describe, expect, it } from 'vitest';
import { CHART_COLOURS } from '$lib/components/charts/chart-theme';
import { rangeIn, vitalTrendOption } from './vital-trend';

interface Point {
  value: [number, number];
  symbol: string;
  itemStyle: { color: string };
}
interface Option {
  xAxis: { type: string };
  yAxis: { name: string; min: number; max: number };
  series: { data: Point[]; markArea?: { data: [{ yAxis: number }, { yAxis: number }][] } }[];
}

const when = (iso: string) => iso.slice(5, 16);

describe('the vital trend chart', () => {
  const systolic = [
    { value: 128, unit: 'mm[Hg]', effectiveAt: '2026-03-01T08:00:00.000Z' },
    { value: 162, unit: 'mm[Hg]', effectiveAt: '2026-03-01T12:00:00.000Z' },
    { value: 135, unit: 'mm[Hg]', effectiveAt: '2026-03-02T08:00:00.000Z', pending: true },
  ];

  it('puts the points on a time axis at the moment each was taken, with the unit on the value axis', () => {
    const option = vitalTrendOption('8480-6', systolic, 'mmHg', when) as unknown as Option;
    expect(option.xAxis.type).toBe('time');
    expect(option.yAxis.name).toBe('mmHg');
    expect(option.series[0]!.data.map((p) => p.value)).toEqual([
      [Date.parse('2026-03-01T08:00:00.000Z'), 128],
      [Date.parse('2026-03-01T12:00:00.000Z'), 162],
      [Date.parse('2026-03-02T08:00:00.000Z'), 135],
    ]);
  });

  it('shades the reference range and marks values outside it by shape and colour; a waiting value is hollow', () => {
    const option = vitalTrendOption('8480-6', systolic, 'mmHg', when) as unknown as Option;
    expect(option.series[0]!.markArea!.data).toEqual([[{ yAxis: 111 }, { yAxis: 139 }]]);
    expect(option.series[0]!.data.map((p) => [p.symbol, p.itemStyle.color])).toEqual([
      ['circle', CHART_COLOURS.accent],
      ['triangle', CHART_COLOURS.danger],
      ['emptyCircle', CHART_COLOURS.accent],
    ]);
    // The axis shows the whole band and every value.
    expect(option.yAxis.min).toBe(100);
    expect(option.yAxis.max).toBe(170);
  });

  it('converts the range into the unit the chart draws in, and has none for a vital without one', () => {
    expect(rangeIn('8310-5', '[degF]')).toEqual({ low: 97, high: 100.4 });
    expect(rangeIn('29463-7', 'kg')).toBeUndefined();
    const weight = vitalTrendOption(
      '29463-7',
      [{ value: 70, unit: 'kg', effectiveAt: '2026-03-01T08:00:00.000Z' }],
      'kg',
      when,
    ) as unknown as Option;
    expect(weight.series[0]!.markArea).toBeUndefined();
    expect(weight.series[0]!.data[0]!.symbol).toBe('circle');
  });
});
