/**
 * Quantities and dates as the inventory screens show them. A unit is the catalogue's own word ("tablet", "vial",
 * "box of 100", "each"), so a quantity reads as the storekeeper counts it: "1 tablet", "1,200 tablets".
 */

const NUMBER = new Intl.NumberFormat('en-GB');
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
  if (unit.trim().toLowerCase() === 'each') return NUMBER.format(n);
  return `${NUMBER.format(n)} ${unitFor(n, unit)}`;
}

/** A movement's change with its sign, so a stock card reads at a glance: "+30 tablets", "−20 tablets". */
export function formatChange(n: number, unit: string): string {
  const sign = n > 0 ? '+' : n < 0 ? '−' : '';
  return `${sign}${formatQuantity(Math.abs(n), unit)}`;
}

/** A calendar day (`YYYY-MM-DD`, no time zone) as "31 Jan 2027": read as UTC so it never shifts a day. */
export function formatDay(day: string): string {
  const date = new Date(`${day.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

/** A moment (ISO timestamp) in the user's own time zone. */
export function formatWhen(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}
