/**
 * Wall-clock dates and times in a time zone, to and from instants (epoch ms), with Intl only. Shift times are
 * wall-clock times: a 20:00–08:00 night on the night the clocks go back lasts 13 hours, not 12, and the rest and
 * weekly-hours rules count the real hours. (The same approach as the scheduling domain's zoned time; a plugin
 * does not import another plugin's source, so the few functions the roster needs live here.)
 */

export const DAY_MS = 86_400_000;
export const HOUR_MS = 3_600_000;
export const MINUTE_MS = 60_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterOf(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall clock of `instant` in `timeZone`, as if it were UTC (epoch ms). */
function wallClockOf(instant: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const part of formatterOf(timeZone).formatToParts(new Date(instant))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const { year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0 } = parts;
  return Date.UTC(year, month - 1, day, hour, minute, second);
}

function offsetAt(instant: number, timeZone: string): number {
  const whole = Math.floor(instant / 1000) * 1000;
  return wallClockOf(whole, timeZone) - whole;
}

const zonedInstants = new Map<string, number>();
const ZONED_INSTANTS_KEPT = 100_000;

/**
 * The instant a wall-clock date and time happen in `timeZone`. A time skipped by a spring-forward change moves
 * forward by the gap; a time that happens twice at a fall-back change is the first of the two (Temporal's
 * 'compatible'). Remembered: a 4-week roster converts the same few shift times thousands of times.
 */
export function zonedInstant(date: string, time: string, timeZone: string): number {
  const key = `${timeZone} ${date}T${time}`;
  let instant = zonedInstants.get(key);
  if (instant === undefined) {
    if (zonedInstants.size >= ZONED_INSTANTS_KEPT) zonedInstants.clear();
    const wall = Date.parse(`${date}T${time}:00Z`);
    const fits = [offsetAt(wall - DAY_MS / 2, timeZone), offsetAt(wall + DAY_MS / 2, timeZone)]
      .map((offset) => wall - offset)
      .filter((t) => wall - offsetAt(t, timeZone) === t);
    instant = fits.length > 0 ? Math.min(...fits) : wall - offsetAt(wall - DAY_MS / 2, timeZone);
    zonedInstants.set(key, instant);
  }
  return instant;
}

/** The date (YYYY-MM-DD) that `instant` falls on in `timeZone`. */
export function localDateOf(instant: number, timeZone: string): string {
  return new Date(wallClockOf(instant, timeZone)).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Every date from `from` to `to` inclusive. */
export function datesBetween(from: string, to: string): string[] {
  const dates: string[] = [];
  for (let date = from; date <= to; date = addDays(date, 1)) dates.push(date);
  return dates;
}

/** Days from `from` to `to` inclusive (0 when `to` is before `from`). */
export function daysInclusive(from: string, to: string): number {
  return Math.max(0, Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS) + 1);
}

/** 1 = Monday … 7 = Sunday (ISO 8601). */
export function isoWeekday(date: string): number {
  return ((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
}

/** The Monday that starts the week of `date`: weekly hours are counted Monday to Sunday. */
export const weekStartOf = (date: string): string => addDays(date, 1 - isoWeekday(date));

export const isWeekend = (date: string): boolean => isoWeekday(date) >= 6;
