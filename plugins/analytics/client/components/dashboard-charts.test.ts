import { describe, expect, it } from 'vitest';
import type { Dashboard } from '$lib/api/types';
import { measureBarOption } from '$lib/components/charts/bar-option';
import { dashboardCharts } from './dashboard-charts';

const answer: Dashboard = {
  at: '2026-03-10T10:00:00.000Z',
  inPatients: 42,
  bedsInService: 60,
  occupancyPercent: 70,
  appointmentsToday: 130,
  noShowsToday: 4,
  admissionsToday: 9,
  dischargesToday: 7,
  averageLengthOfStayDays: 4.25,
};

describe('dashboardCharts', () => {
  it('draws counts, the percentage and the days on separate charts, each axis named with its unit', () => {
    const charts = dashboardCharts(answer);
    expect(charts.map((c) => [c.key, c.axisName, c.max])).toEqual([
      ['today', 'Patients (count)', undefined],
      ['occupancy', 'Beds in service occupied (%)', 100],
      ['lengthOfStay', 'Days', undefined],
    ]);
    expect(charts[0]!.bars.map((b) => b.value)).toEqual([130, 4, 9, 7]);
    expect(charts[1]!.bars.map((b) => b.value)).toEqual([70]);
    expect(charts[2]!.format!(charts[2]!.bars[0]!.value)).toBe('4.3 days');
  });

  it('leaves out a measure with no data yet rather than drawing a zero', () => {
    const charts = dashboardCharts({ ...answer, occupancyPercent: null, averageLengthOfStayDays: null });
    expect(charts.map((c) => c.key)).toEqual(['today']);
  });

  it('puts a percentage on a 0–100 axis and writes each value at its bar', () => {
    const option = measureBarOption(dashboardCharts(answer)[1]!) as {
      xAxis: { min: number; max: number; name: string };
      series: { label: { formatter: (p: { value: number }) => string } }[];
    };
    expect(option.xAxis).toMatchObject({ min: 0, max: 100, name: 'Beds in service occupied (%)' });
    expect(option.series[0]!.label.formatter({ value: 70 })).toBe('70 %');
  });
});
