import { currentLocale } from '@hms/sdk/client';
import type { Dashboard } from '$lib/api/types';
import type { MeasureBars } from '$lib/components/charts/bar-option';
import { messages as msg } from '../messages';

/** One dashboard chart: a title and one measure, in one unit. */
export interface DashboardChart extends MeasureBars {
  readonly key: string;
  readonly title: string;
}

const number = (n: number, digits = 0) =>
  n.toLocaleString(currentLocale(), { maximumFractionDigits: digits, minimumFractionDigits: digits });

/**
 * The dashboard as charts, ONE UNIT PER CHART: today's patient movements (counts of patients), bed occupancy (a
 * percentage on a 0–100 % axis) and the average length of stay (days). A measure the server has no data for yet
 * (no beds in service, no finished stays) has no chart; its figure above says "no data yet".
 */
export function dashboardCharts(d: Dashboard): DashboardChart[] {
  const c = msg.dashboard.charts;
  const d_ = msg.dashboard;
  const charts: DashboardChart[] = [
    {
      key: 'today',
      title: c.today,
      axisName: c.patients,
      bars: [
        { label: d_.appointmentsToday, value: d.appointmentsToday },
        { label: d_.noShowsToday, value: d.noShowsToday },
        { label: d_.admissionsToday, value: d.admissionsToday },
        { label: d_.dischargesToday, value: d.dischargesToday },
      ],
      format: (v) => number(v),
    },
  ];
  if (d.occupancyPercent !== null)
    charts.push({
      key: 'occupancy',
      title: d_.occupancy,
      axisName: c.percentOfBeds,
      max: 100,
      bars: [{ label: d_.occupancy, value: Math.round(d.occupancyPercent * 10) / 10 }],
      format: (v) => `${number(v)} %`,
    });
  if (d.averageLengthOfStayDays !== null)
    charts.push({
      key: 'lengthOfStay',
      title: d_.averageLengthOfStay,
      axisName: c.days,
      bars: [{ label: c.averageStay, value: Math.round(d.averageLengthOfStayDays * 10) / 10 }],
      format: (v) => d_.days(number(v, 1)),
    });
  return charts;
}
