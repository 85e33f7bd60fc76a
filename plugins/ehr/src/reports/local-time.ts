import type { ServerLocale } from '@hms/sdk';

/** English on paper is written day-month-year (en-GB), the order most hospitals outside the US read. */
const FORMAT_LOCALE: Readonly<Record<ServerLocale, string>> = { en: 'en-GB', 'pt-BR': 'pt-BR' };

/**
 * A time as a ward clerk reads it on paper: day, month name, year and 24-hour clock in the hospital's time zone
 * ("2 Mar 2026, 09:05"), never the ISO instant in UTC. The month is a word so 03/02 cannot be read either way.
 */
export function localDateTime(iso: string, timeZone: string, locale: ServerLocale = 'en'): string {
  return new Intl.DateTimeFormat(FORMAT_LOCALE[locale], {
    timeZone,
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso));
}

/** A birth date (a calendar date, no zone) in the same style: "14 Jul 1961". */
export function calendarDate(date: string, locale: ServerLocale = 'en'): string {
  return new Intl.DateTimeFormat(FORMAT_LOCALE[locale], {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  }).format(new Date(`${date}T00:00:00Z`));
}
