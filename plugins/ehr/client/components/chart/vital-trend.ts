import type { EChartsCoreOption } from 'echarts/core';
import { AXIS_LABEL, CHART_COLOURS } from '$lib/components/charts/chart-theme';
import type { VitalPoint } from './chart-data';
import { flagOf, VITAL_RANGES } from './vital-ranges';
import { convertUnit } from './vital-units';

/** A vital's reference range in the unit the chart draws in, when it has one and the units convert. */
export function rangeIn(code: string, unit: string): { low: number; high: number } | undefined {
  const range = VITAL_RANGES[code];
  if (!range) return undefined;
  const low = convertUnit(range.low, range.unit, unit);
  const high = convertUnit(range.high, range.unit, unit);
  return low === undefined || high === undefined ? undefined : { low: round(low), high: round(high) };
}

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * The trend of one vital sign as an ECharts option: a time axis (points spaced by when they were taken, not
 * evenly), the unit on the value axis, the adult reference range as a shaded band, values outside it drawn as red
 * triangles (shape as well as colour), and a measurement not yet sent as a hollow point.
 */
export function vitalTrendOption(
  code: string,
  points: readonly VitalPoint[],
  unitText: string,
  formatWhen: (iso: string) => string,
): EChartsCoreOption {
  const range = rangeIn(code, points[0]?.unit ?? '');
  const data = points.map((p) => {
    const abnormal = flagOf(code, p.value, p.unit) !== null;
    return {
      value: [Date.parse(p.effectiveAt), p.value],
      symbol: abnormal ? 'triangle' : p.pending ? 'emptyCircle' : 'circle',
      symbolSize: abnormal ? 11 : 7,
      itemStyle: { color: abnormal ? CHART_COLOURS.danger : CHART_COLOURS.accent },
    };
  });
  const values = points.map((p) => p.value).concat(range ? [range.low, range.high] : []);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const pad = Math.max((max - min) * 0.15, 1);
  // Axis ends on round numbers (a step of 10, 5 or 1 by the spread), so the lowest label reads 100, not 103.
  const step = max - min > 40 ? 10 : max - min > 8 ? 5 : 1;
  return {
    animation: false,
    grid: { left: 48, right: 16, top: 28, bottom: 28 },
    tooltip: {
      trigger: 'item',
      formatter: (p: { value: [number, number] }) =>
        `${p.value[1]}${unitText ? ` ${unitText}` : ''} · ${formatWhen(new Date(p.value[0]).toISOString())}`,
    },
    xAxis: {
      type: 'time',
      axisLabel: { ...AXIS_LABEL, hideOverlap: true, formatter: (t: number) => formatWhen(new Date(t).toISOString()) },
      splitLine: { show: false },
    },
    yAxis: {
      type: 'value',
      name: unitText,
      nameTextStyle: AXIS_LABEL,
      min: Math.floor((min - pad) / step) * step,
      max: Math.ceil((max + pad) / step) * step,
      axisLabel: AXIS_LABEL,
      splitLine: { lineStyle: { color: CHART_COLOURS.grid } },
    },
    series: [
      {
        type: 'line',
        data,
        lineStyle: { color: CHART_COLOURS.accent, width: 2 },
        ...(range
          ? {
              markArea: {
                silent: true,
                itemStyle: { color: CHART_COLOURS.band },
                data: [[{ yAxis: range.low }, { yAxis: range.high }]],
              },
            }
          : {}),
      },
    ],
  };
}
