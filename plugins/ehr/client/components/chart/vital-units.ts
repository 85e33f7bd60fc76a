import type { LoincCode } from '$lib/api/types';
import type { VitalItem, VitalPoint } from './chart-data';

/**
 * Units: which ones a measurement may be recorded in (the server's LOINC list says), which one the form offers
 * first, and how the chart draws points recorded in different units on one scale.
 */

/** The units the server accepts for `code` (empty when the code is not in its list). */
export function unitsFor(code: string, loinc: readonly LoincCode[]): readonly string[] {
  return loinc.find((l) => l.code === code)?.units ?? [];
}

/**
 * The unit the form starts with: the one this patient's last measurement of `code` used (a ward that weighs in
 * pounds keeps pounds), when the server still accepts it; else the server's first, canonical one.
 */
export function preferredUnit(code: string, loinc: readonly LoincCode[], vitals: readonly VitalItem[]): string {
  const units = unitsFor(code, loinc);
  const last = vitals.find((v) => v.code === code)?.unit;
  return last && units.includes(last) ? last : (units[0] ?? '');
}

/** Factors to a common base for the units that convert by multiplication. */
const LINEAR: Readonly<Record<string, { base: string; factor: number }>> = {
  kg: { base: 'kg', factor: 1 },
  g: { base: 'kg', factor: 0.001 },
  '[lb_av]': { base: 'kg', factor: 0.45359237 },
  cm: { base: 'cm', factor: 1 },
  m: { base: 'cm', factor: 100 },
  '[in_i]': { base: 'cm', factor: 2.54 },
};

/** `value` in `from` expressed in `to`, or `undefined` when the two units do not convert into each other. */
export function convertUnit(value: number, from: string, to: string): number | undefined {
  if (from === to) return value;
  if (from === 'Cel' && to === '[degF]') return (value * 9) / 5 + 32;
  if (from === '[degF]' && to === 'Cel') return ((value - 32) * 5) / 9;
  const a = LINEAR[from];
  const b = LINEAR[to];
  if (!a || !b || a.base !== b.base) return undefined;
  return (value * a.factor) / b.factor;
}

/**
 * The points of a vital in one unit (the latest measurement's), oldest first; points that cannot convert are left out.
 */
export function inOneUnit(history: readonly VitalPoint[], unit: string): VitalPoint[] {
  return history
    .flatMap((p) => {
      const value = convertUnit(p.value, p.unit, unit);
      return value === undefined ? [] : [{ ...p, value: Math.round(value * 100) / 100, unit }];
    })
    .sort((a, b) => a.effectiveAt.localeCompare(b.effectiveAt));
}

/** How a UCUM unit reads to a person (`Cel` is °C). */
export function unitLabel(unit: string): string {
  const labels: Record<string, string> = {
    Cel: '°C',
    '[degF]': '°F',
    'mm[Hg]': 'mmHg',
    '/min': '/min',
    '[lb_av]': 'lb',
    '[in_i]': 'in',
    '{score}': '',
    'kg/m2': 'kg/m²',
  };
  return labels[unit] ?? unit;
}
