/**
 * Wall-clock dates and times in a time zone, to and from instants (epoch milliseconds), with Intl only. Clinic hours
 * and shift times are wall-clock times: "09:00 in Lisbon" is 09:00Z in winter and 08:00Z in summer, and a 20:00–08:00
 * night on the night the clocks go back lasts 13 hours, not 12. Dates are ISO calendar dates (YYYY-MM-DD).
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

/** The zone's offset from UTC at `instant`, in ms (Lisbon: 0 in winter, 3 600 000 in summer). */
export function offsetAt(instant: number, timeZone: string): number {
  const whole = Math.floor(instant / 1000) * 1000;
  return wallClockOf(whole, timeZone) - whole;
}

/**
 * The instant a wall-clock date and time happen in `timeZone`. Like Temporal's 'compatible': a time skipped by a
 * spring-forward change moves forward by the gap (01:30 on Lisbon's change day is 02:30 WEST); a time that happens
 * twice at a fall-back change is the first of the two.
 */
export function zonedInstant(date: string, time: string, timeZone: string): number {
  // A free-slot search or a 4-week roster converts the same few wall-clock times on the same days thousands of times,
  // and each conversion asks Intl several times (the costliest step): remember the answers, a pure function's.
  const key = `${timeZone} ${date}T${time}`;
  let instant = zonedInstants.get(key);
  if (instant === undefined) {
    if (zonedInstants.size >= ZONED_INSTANTS_KEPT) zonedInstants.clear();
    instant = computeZonedInstant(date, time, timeZone);
    zonedInstants.set(key, instant);
  }
  return instant;
}

/** A bound on the memory it takes; a week's search needs a few dozen entries, a year of schedules a few thousand. */
const ZONED_INSTANTS_KEPT = 100_000;
const zonedInstants = new Map<string, number>();

function computeZonedInstant(date: string, time: string, timeZone: string): number {
  const wall = Date.parse(`${date}T${time}:00Z`);
  const before = offsetAt(wall - DAY_MS / 2, timeZone);
  const after = offsetAt(wall + DAY_MS / 2, timeZone);
  const fits = [before, after].map((offset) => wall - offset).filter((t) => wall - offsetAt(t, timeZone) === t);
  if (fits.length > 0) return Math.min(...fits);
  return wall - before;
}

/** The date (YYYY-MM-DD) that `instant` falls on in `timeZone`. */
export function localDateOf(instant: number, timeZone: string): string {
  return new Date(wallClockOf(instant, timeZone)).toISOString().slice(0, 10);
}

/** 1 = Monday … 7 = Sunday (ISO 8601). */
export function isoWeekday(date: string): number {
  // getUTCDay: 0 is Sunday.
  return ((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
}

/** The date `days` after `date` (before it when negative). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Every date from `from` to `to` inclusive. */
export function datesBetween(from: string, to: string): string[] {
  const dates: string[] = [];
  for (let date = from; date <= to; date = addDays(date, 1)) dates.push(date);
  return dates;
}

/** `count` minutes in ms. */
export const minutes = (count: number): number => count * MINUTE_MS;

/** An instant as an ISO 8601 UTC timestamp. */
export const toIso = (instant: number): string => new Date(instant).toISOString();
