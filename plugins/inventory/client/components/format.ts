/**
 * Quantities and dates as the inventory screens show them. A unit is the catalogue's own word ("tablet", "vial",
 * "box of 100", "each"), so a quantity reads as the storekeeper counts it: "1 tablet", "1,200 tablets". Numbers and
 * dates follow the language on now ("1.200 comprimidos", "31 de jan. de 2027"); the unit's plural is made by English
 * rules, which also hold for most Portuguese units ("comprimido" → "comprimidos", "caixa de 100" → "caixas de 100").
 */
import { formatDate, formatDateTime, formatNumber } from '$lib/i18n/format';

/** Units that read the same in the plural, or that a number reads better without ("12 each" is just "12"). */
const SAME_IN_PLURAL = new Set(['g', 'kg', 'mg', 'mcg', 'ml', 'l', 'cm', 'mm', 'm', 'iu']);

/** The unit for `n` of it: only its first word changes ("box of 100" → "boxes of 100"). */
export function unitFor(n: number, unit: string): string {
  const [first = '', ...rest] = unit.trim().split(/\s+/);
  if (Math.abs(n) === 1 || first === '' || SAME_IN_PLURAL.has(first.toLowerCase()) || /[A-Z0-9]/.test(first))
    return unit.trim();
  const plural = /(s|x|z|ch|sh)$/.test(first)
    ? `${first}es`
    : /[^aeiou]y$/.test(first)
      ? `${first.slice(0, -1)}ies`
      : `${first}s`;
  return [plural, ...rest].join(' ');
}

/** "1,200 tablets"; a unit of "each" is left out (the number says it). */
export function formatQuantity(n: number, unit: string): string {
  if (unit.trim().toLowerCase() === 'each') return formatNumber(n, 3);
  return `${formatNumber(n, 3)} ${unitFor(n, unit)}`;
}

/** A movement's change with its sign, so a stock card reads at a glance: "+30 tablets", "−20 tablets". */
export function formatChange(n: number, unit: string): string {
  const sign = n > 0 ? '+' : n < 0 ? '−' : '';
  return `${sign}${formatQuantity(Math.abs(n), unit)}`;
}

/** A calendar day (`YYYY-MM-DD`, no time zone) as "31 Jan 2027": read as that day so it never shifts a day. */
export function formatDay(day: string): string {
  const date = day.slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(new Date(`${date}T00:00:00Z`).getTime())) return day;
  return formatDate(date);
}

/** A moment (ISO timestamp) in the user's own time zone. */
export function formatWhen(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return formatDateTime(date);
}
