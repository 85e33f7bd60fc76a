import type { SpecimenType } from '../../contracts/schemas';

/** An age limit of a band: in days for the first weeks and months of life, in completed years after. */
export type AgeLimit = { readonly days: number } | { readonly years: number };

/**
 * One reference range: for a sex (or either) and an age band `[from, to)`. Critical limits are optional: not
 * every test has a value that calls for a telephone call at night (creatinine rises over days, not minutes).
 */
export interface ReferenceBand {
  readonly sex: 'female' | 'male' | 'any';
  readonly from: AgeLimit;
  readonly to?: AgeLimit;
  readonly low: number;
  readonly high: number;
  readonly criticalLow?: number;
  readonly criticalHigh?: number;
}

export interface LabTest {
  /** LOINC code of what is measured, in this specimen and unit. */
  readonly code: string;
  readonly name: string;
  readonly specimen: SpecimenType;
  /** UCUM unit the laboratory reports in (and the chart accepts for this code). */
  readonly unit: string;
  readonly ranges: readonly ReferenceBand[];
}

export interface LabPanel {
  readonly code: string;
  readonly name: string;
  readonly tests: readonly string[];
}
