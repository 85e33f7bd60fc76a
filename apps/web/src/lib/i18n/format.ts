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
