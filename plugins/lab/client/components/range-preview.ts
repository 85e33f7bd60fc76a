import type { LabCatalogueTest } from './lab-api';
import { messages as msg } from '../messages';

type Band = LabCatalogueTest['ranges'][number];
type Limit = Band['from'];
export type Flag = 'N' | 'H' | 'L' | 'HH' | 'LL' | null;
export type Sex = 'female' | 'male' | 'other' | 'unknown';

/** The range for this patient, as the bench sees it while typing (low, high and the critical limits). */
export interface PreviewRange {
  readonly low: number;
  readonly high: number;
  readonly criticalLow?: number;
  readonly criticalHigh?: number;
}

/**
 * A preview only: the browser may not load the plugin's server code, so this repeats its rule (the band for the
 * patient's sex and age on the day the specimen was taken; for `other` and `unknown` both sexes' bands joined) to
 * show the range and flag while the technician types. The server flags again when the results are saved, and its
 * flag is the one recorded; range-preview.test.ts holds cases of the server's own table so the two cannot drift
 * unnoticed.
 */
export function previewRange(test: LabCatalogueTest, sex: Sex, birthDate: string, on: string): PreviewRange | null {
  const age = ageOn(birthDate, on);
  const reached = (limit: Limit): boolean =>
    'days' in limit ? age.days >= limit.days : age.years >= (limit as { years: number }).years;
  const bands = test.ranges.filter((b) => reached(b.from) && (b.to === undefined || !reached(b.to)));
  if (sex === 'female' || sex === 'male')
    return bands.find((b) => b.sex === sex) ?? bands.find((b) => b.sex === 'any') ?? null;
  if (bands.length === 0) return null;
  const outer = (limits: (number | undefined)[], pick: (...v: number[]) => number) =>
    limits.every((l): l is number => l !== undefined) ? pick(...limits) : undefined;
  return {
    low: Math.min(...bands.map((b) => b.low)),
    high: Math.max(...bands.map((b) => b.high)),
    criticalLow: outer(
      bands.map((b) => b.criticalLow),
      Math.min,
    ),
    criticalHigh: outer(
      bands.map((b) => b.criticalHigh),
      Math.max,
    ),
  };
}

export function previewFlag(value: number, range: PreviewRange | null): Flag {
  if (range === null) return null;
  if (range.criticalLow !== undefined && value < range.criticalLow) return 'LL';
  if (range.criticalHigh !== undefined && value > range.criticalHigh) return 'HH';
  if (value < range.low) return 'L';
  if (value > range.high) return 'H';
  return 'N';
}

/** `3.5–5.1` (critical < 2.8, > 6.2). */
export function describeRange(range: {
  low: number;
  high: number;
  criticalLow?: number;
  criticalHigh?: number;
}): string {
  const critical = [
    range.criticalLow !== undefined ? `< ${range.criticalLow}` : '',
    range.criticalHigh !== undefined ? `> ${range.criticalHigh}` : '',
  ].filter(Boolean);
  return `${range.low}–${range.high}${critical.length ? msg.lab.criticalLimits(critical.join(', ')) : ''}`;
}

export const isCritical = (flag: Flag | undefined): boolean => flag === 'HH' || flag === 'LL';

function ageOn(birthDate: string, at: string): { days: number; years: number } {
  const born = new Date(`${birthDate}T00:00:00.000Z`);
  const on = new Date(`${at.slice(0, 10)}T00:00:00.000Z`);
  const days = Math.floor((on.getTime() - born.getTime()) / 86_400_000);
  let years = on.getUTCFullYear() - born.getUTCFullYear();
  const passed =
    on.getUTCMonth() > born.getUTCMonth() ||
    (on.getUTCMonth() === born.getUTCMonth() && on.getUTCDate() >= born.getUTCDate());
  if (!passed) years -= 1;
  return { days, years };
}
