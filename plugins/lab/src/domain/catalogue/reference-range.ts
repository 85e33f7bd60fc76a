import type { Flag, PatientSex } from '../../contracts/schemas';
import type { AgeLimit, LabTest, ReferenceBand } from './catalogue.types';

/** The patient's age when the specimen was taken: whole days (first weeks of life) and completed years. */
export interface Age {
  readonly days: number;
  readonly years: number;
}

const DAY_MS = 86_400_000;

/** Age on the day `at` (an ISO instant; its UTC date) of someone born on `birthDate` (YYYY-MM-DD). */
export function ageAt(birthDate: string, at: string): Age {
  const born = new Date(`${birthDate}T00:00:00.000Z`);
  const on = new Date(`${at.slice(0, 10)}T00:00:00.000Z`);
  const days = Math.floor((on.getTime() - born.getTime()) / DAY_MS);
  let years = on.getUTCFullYear() - born.getUTCFullYear();
  const birthdayPassed =
    on.getUTCMonth() > born.getUTCMonth() ||
    (on.getUTCMonth() === born.getUTCMonth() && on.getUTCDate() >= born.getUTCDate());
  if (!birthdayPassed) years -= 1;
  return { days, years };
}

const reached = (age: Age, limit: AgeLimit): boolean =>
  'days' in limit ? age.days >= limit.days : age.years >= limit.years;

const inBand = (band: ReferenceBand, age: Age): boolean =>
  reached(age, band.from) && (band.to === undefined || !reached(age, band.to));

/**
 * The range a value is judged against. A patient recorded as female or male gets their sex's band (or the band for
 * either). For `other` and `unknown` the bands of both sexes are joined: the widest range and the outermost
 * critical limits, so such a patient is flagged only for what is abnormal whichever the sex — a flag that is wrong
 * for them would mislead, a missing one is caught by the clinician reading the value and its range.
 */
export function referenceBand(
  test: LabTest,
  sex: PatientSex,
  age: Age,
): Omit<ReferenceBand, 'sex' | 'from' | 'to'> | null {
  const bands = test.ranges.filter((b) => inBand(b, age));
  if (sex === 'female' || sex === 'male')
    return bands.find((b) => b.sex === sex) ?? bands.find((b) => b.sex === 'any') ?? null;
  if (bands.length === 0) return null;
  // A critical limit holds for the joined band only when every band has one (else the test has none there).
  const outer = (limits: (number | undefined)[], choose: (...values: number[]) => number): number | undefined =>
    limits.every((l): l is number => l !== undefined) ? choose(...limits) : undefined;
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

/** LL/HH beyond a critical limit, L/H outside the range, N within it; null when no range fits the patient. */
export function flagResult(value: number, band: Omit<ReferenceBand, 'sex' | 'from' | 'to'> | null): Flag {
  if (band === null) return null;
  if (band.criticalLow !== undefined && value < band.criticalLow) return 'LL';
  if (band.criticalHigh !== undefined && value > band.criticalHigh) return 'HH';
  if (value < band.low) return 'L';
  if (value > band.high) return 'H';
  return 'N';
}

export const isCritical = (flag: Flag): boolean => flag === 'HH' || flag === 'LL';
