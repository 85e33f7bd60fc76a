import type { EChartsCoreOption } from 'echarts/core';
import { AXIS_LABEL, CHART_COLOURS } from './chart-theme';

/** One measure to draw as bars: the value axis name (measure and unit), the bars, an optional fixed top. */
export interface MeasureBars {
  readonly axisName: string;
  readonly bars: readonly { readonly label: string; readonly value: number }[];
  /** The axis' end when the measure has one (100 for a percentage); otherwise it follows the data. */
  readonly max?: number;
  /** How a value is written at the end of its bar (default: the number). */
  readonly format?: (value: number) => string;
}

/**
 * Horizontal bars as an ECharts option, for ONE measure: every chart in the client that compares things draws
 * with this, so a percentage, a count and a number of days are never on one axis. Long names stay readable
 * (horizontal), rows keep their order top to bottom, the value is written at the end of each bar (not by colour).
 */
export function measureBarOption(measure: MeasureBars): EChartsCoreOption {
  const format = measure.format ?? ((v: number) => String(v));
  return {
    animation: false,
    grid: { left: 8, right: 56, top: 8, bottom: 40, containLabel: true },
    tooltip: { trigger: 'item', valueFormatter: (v: number) => format(v) },
    xAxis: {
      type: 'value',
      name: measure.axisName,
      nameLocation: 'middle',
      nameGap: 26,
      nameTextStyle: AXIS_LABEL,
      min: 0,
      ...(measure.max === undefined ? {} : { max: measure.max }),
      axisLabel: AXIS_LABEL,
      splitLine: { lineStyle: { color: CHART_COLOURS.grid } },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: measure.bars.map((b) => b.label),
      axisLabel: { ...AXIS_LABEL, width: 160, overflow: 'truncate' },
    },
    series: [
      {
        type: 'bar',
        name: measure.axisName,
        data: measure.bars.map((b) => b.value),
        itemStyle: { color: CHART_COLOURS.accent },
        label: {
          show: true,
          position: 'right',
          color: CHART_COLOURS.muted,
          formatter: (p: { value: number }) => format(p.value),
        },
      },
    ],
  };
}

/** A bar chart's height in pixels: room for each bar, the axis and its name. */
export const barChartHeight = (bars: number): number => Math.max(110, bars * 28 + 60);
