import { addDays, datesBetween, HOUR_MS, isoWeekday, localDateOf, MINUTE_MS, zonedInstant } from '@hms/sdk';
import { isWeekend, weekStartOf } from '../time/calendar-weeks';
import type { RosterPeriod, ShiftType } from './roster.model';

/** A shift type on a date, placed in time. */
export interface ShiftInstance {
  readonly key: string;
  readonly type: ShiftType;
  readonly date: string;
  readonly start: number;
  readonly end: number;
  /** Paid hours: real elapsed time (a night across a clock change is an hour longer or shorter) less the break. */
  readonly hours: number;
  /** The last local date the shift touches: leave and licences are checked on every date from `date` to this. */
  readonly lastDate: string;
  /** The Monday of the week the shift counts towards. */
  readonly week: string;
  /** Crosses midnight: spread evenly across staff, like weekend shifts. */
  readonly night: boolean;
  readonly weekend: boolean;
}

export const shiftKey = (wardId: string, shiftCode: string, date: string): string => `${wardId}|${shiftCode}|${date}`;

export function placeShift(type: ShiftType, date: string, timeZone: string): ShiftInstance {
  const crossesMidnight = type.end <= type.start;
  const start = zonedInstant(date, type.start, timeZone);
  const end = zonedInstant(crossesMidnight ? addDays(date, 1) : date, type.end, timeZone);
  return {
    key: shiftKey(type.wardId, type.code, date),
    type,
    date,
    start,
    end,
    hours: Math.max(0, end - start - type.unpaidBreakMinutes * MINUTE_MS) / HOUR_MS,
    lastDate: localDateOf(end - 1, timeZone),
    week: weekStartOf(date),
    night: crossesMidnight,
    weekend: isWeekend(date),
  };
}

/** Every shift of every type in the period, by the day it starts. */
export function shiftsInPeriod(types: readonly ShiftType[], period: RosterPeriod, timeZone: string): ShiftInstance[] {
  const shifts: ShiftInstance[] = [];
  for (const date of datesBetween(period.from, period.to)) {
    const weekday = isoWeekday(date);
    for (const type of types) {
      if (type.weekdays === undefined || type.weekdays.includes(weekday)) shifts.push(placeShift(type, date, timeZone));
    }
  }
  return shifts;
}
