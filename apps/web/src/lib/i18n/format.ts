import { currentLocale } from '@hms/sdk/client';

/**
 * Dates, times, numbers and money as the language on now writes them (one format per language, used by every
 * screen). Times are shown in the device's time zone, which on a ward PC is the hospital's.
 */
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

function dateTimeFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${currentLocale()}|${JSON.stringify(options)}`;
  let format = dateTimeFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(currentLocale(), options);
    dateTimeFormats.set(key, format);
  }
  return format;
}

const toDate = (when: string | Date): Date => (typeof when === 'string' ? new Date(when) : when);

/** A moment: "7 Dec 2026, 14:05" in English, "7 de dez. de 2026 14:05" in Portuguese. */
export const formatDateTime = (when: string | Date): string =>
  dateTimeFormat({ dateStyle: 'medium', timeStyle: 'short' }).format(toDate(when));

/** A day alone, e.g. a birth date; `YYYY-MM-DD` days are read as that calendar day, whatever the time zone. */
export function formatDate(when: string | Date): string {
  if (typeof when === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(when))
    return dateTimeFormat({ dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${when}T00:00:00Z`));
  return dateTimeFormat({ dateStyle: 'medium' }).format(toDate(when));
}

/** A time of day: "14:05". */
export const formatTime = (when: string | Date): string =>
  dateTimeFormat({ hour: '2-digit', minute: '2-digit' }).format(toDate(when));

/** A number with the language's separators: "1,234.5" in English, "1.234,5" in Portuguese. */
export const formatNumber = (value: number, maximumFractionDigits = 2): string =>
  new Intl.NumberFormat(currentLocale(), { maximumFractionDigits }).format(value);

/**
 * An amount held in integer minor units (cents) of `currency`: "£12.50", "R$ 12,50". The currency's own number of
 * decimals says where the point goes (none for JPY, three for KWD).
 */
export function formatMoney(minor: number, currency: string): string {
  const format = new Intl.NumberFormat(currentLocale(), { style: 'currency', currency });
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(minor / 10 ** digits);
}

/**
 * The language's digit-group and decimal separators: "," and "." in English, "." and "," in Portuguese. For screens
 * that show or read exact minor units without going through a float (a cashier's amount).
 */
export function numberSeparators(): { readonly group: string; readonly decimal: string } {
  const parts = new Intl.NumberFormat(currentLocale()).formatToParts(12345.6);
  return {
    group: parts.find((part) => part.type === 'group')?.value ?? ',',
    decimal: parts.find((part) => part.type === 'decimal')?.value ?? '.',
  };
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * What a person typed as a positive decimal number, in the language's form ("1,500.50" in English, "1.500,50" in
 * Portuguese), as its whole digits and its decimals, or null. Separators of groups of three only where they belong,
 * so "10.5" typed in Portuguese is refused rather than read as 105; spaces are ignored.
 */
export function parseDecimal(typed: string, maxDecimals: number): { whole: string; fraction: string } | null {
  const { group, decimal } = numberSeparators();
  const plain = typed.replace(/\s/g, '');
  const g = /\s/.test(group) ? '' : escapeRegExp(group);
  const wholePattern = g ? `\\d{1,3}(?:${g}\\d{3})+|\\d+` : '\\d+';
  const fractionPattern = maxDecimals > 0 ? `(?:${escapeRegExp(decimal)}(\\d{1,${maxDecimals}}))?` : '';
  const match = new RegExp(`^(${wholePattern})${fractionPattern}$`).exec(plain);
  if (!match) return null;
  return { whole: (match[1] ?? '0').split(group).join(''), fraction: match[2] ?? '' };
}
