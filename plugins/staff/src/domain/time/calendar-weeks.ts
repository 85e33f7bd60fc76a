import { addDays, DAY_MS, isoWeekday } from '@hms/sdk';

/** Days from `from` to `to` inclusive (0 when `to` is before `from`). */
export function daysInclusive(from: string, to: string): number {
  return Math.max(0, Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS) + 1);
}

/** The Monday that starts the week of `date`: weekly hours are counted Monday to Sunday. */
export const weekStartOf = (date: string): string => addDays(date, 1 - isoWeekday(date));

export const isWeekend = (date: string): boolean => isoWeekday(date) >= 6;
