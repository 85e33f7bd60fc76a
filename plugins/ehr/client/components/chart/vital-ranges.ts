import { convertUnit } from './vital-units';

/**
 * The adult reference ranges a flowsheet flags values against, in each vital's canonical unit (the server's first):
 * the usual limits of early-warning charts, where a value outside starts a closer look. They are guidance on the
 * screen only; nothing is refused or scored from them. A vital without a range here (weight, height) is never
 * flagged.
 */
export const VITAL_RANGES: Readonly<
  Record<string, { readonly low: number; readonly high: number; readonly unit: string }>
> = {
  '8867-4': { low: 51, high: 90, unit: '/min' }, // heart rate
  '9279-1': { low: 12, high: 20, unit: '/min' }, // respiratory rate
  '8310-5': { low: 36.1, high: 38.0, unit: 'Cel' }, // body temperature
  '8480-6': { low: 111, high: 139, unit: 'mm[Hg]' }, // systolic blood pressure
  '8462-4': { low: 60, high: 89, unit: 'mm[Hg]' }, // diastolic blood pressure
  '2708-6': { low: 96, high: 100, unit: '%' }, // oxygen saturation
  '59408-5': { low: 96, high: 100, unit: '%' }, // oxygen saturation by pulse oximetry
};

/** Where `value` in `unit` falls against `code`'s range: below it, above it, or within (or no range known). */
export function flagOf(code: string, value: number, unit: string): 'low' | 'high' | null {
  const range = VITAL_RANGES[code];
  if (!range) return null;
  const inRangeUnit = convertUnit(value, unit, range.unit);
  if (inRangeUnit === undefined) return null;
  if (inRangeUnit < range.low) return 'low';
  if (inRangeUnit > range.high) return 'high';
  return null;
}
