import type { VitalPoint } from './chart-data';

/** A drawn point: where it goes on the SVG and what it stands for (the label is read by screen readers). */
export interface PlottedPoint extends VitalPoint {
  readonly x: number;
  readonly y: number;
}

export interface Tick {
  readonly at: number;
  readonly label: string;
}

/** Everything a vital's line chart draws, in SVG user units. */
export interface VitalGeometry {
  readonly width: number;
  readonly height: number;
  readonly plot: { readonly left: number; readonly right: number; readonly top: number; readonly bottom: number };
  readonly points: readonly PlottedPoint[];
  /** The `d` of the line through the points (empty for fewer than two). */
  readonly path: string;
  readonly yTicks: readonly Tick[];
  readonly xTicks: readonly Tick[];
}

export const PADDING = { left: 44, right: 12, top: 10, bottom: 26 } as const;

/**
 * Round tick values ("nice numbers": steps of 1, 2 or 5 times a power of ten) covering [min, max] with about
 * `count` intervals. A flat series (every value the same) still gets a range around it, so its line sits mid-chart.
 */
export function niceTicks(min: number, max: number, count = 4): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [];
  if (min === max) {
    const spread = Math.abs(min) > 0 ? Math.abs(min) * 0.1 : 1;
    return niceTicks(min - spread, max + spread, count);
  }
  const rough = (max - min) / count;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power;
  const first = Math.floor(min / step + 1e-9) * step; // 36.4 / 0.2 is 181.999… in floating point
  const ticks: number[] = [];
  for (let v = first; v <= max + step * 1e-9; v += step) ticks.push(round(v, step));
  if (ticks[ticks.length - 1]! < max) ticks.push(round(first + ticks.length * step, step));
  return ticks;
}

const round = (value: number, step: number) => {
  const decimals = Math.max(0, -Math.floor(Math.log10(step)));
  return Number(value.toFixed(decimals));
};

/**
 * Lays out one vital's points (one unit, oldest first): time on x — spaced by when they were measured, not by their
 * order, so a gap of days looks like one — and value on y between round ticks. One point sits in the middle.
 */
export function scaleVital(
  points: readonly VitalPoint[],
  size: { width: number; height: number },
  formatTime: (iso: string) => string,
): VitalGeometry {
  const plot = {
    left: PADDING.left,
    right: size.width - PADDING.right,
    top: PADDING.top,
    bottom: size.height - PADDING.bottom,
  };
  const empty = { ...size, plot, points: [], path: '', yTicks: [], xTicks: [] };
  if (points.length === 0) return empty;
  const values = points.map((p) => p.value);
  const ticks = niceTicks(Math.min(...values), Math.max(...values));
  const low = ticks[0]!;
  const high = ticks[ticks.length - 1]!;
  const times = points.map((p) => Date.parse(p.effectiveAt));
  const start = Math.min(...times);
  const end = Math.max(...times);
  const x = (t: number) =>
    end === start ? (plot.left + plot.right) / 2 : plot.left + ((t - start) / (end - start)) * (plot.right - plot.left);
  const y = (v: number) => plot.bottom - ((v - low) / (high - low)) * (plot.bottom - plot.top);
  const plotted = points.map((p, i) => ({ ...p, x: x(times[i]!), y: y(p.value) }));
  const path =
    plotted.length < 2
      ? ''
      : plotted.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ');
  const xTicks =
    end === start
      ? [{ at: x(start), label: formatTime(points[0]!.effectiveAt) }]
      : [
          { at: plot.left, label: formatTime(new Date(start).toISOString()) },
          { at: plot.right, label: formatTime(new Date(end).toISOString()) },
        ];
  return { ...size, plot, points: plotted, path, yTicks: ticks.map((v) => ({ at: y(v), label: String(v) })), xTicks };
}
