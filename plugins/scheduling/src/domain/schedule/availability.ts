import { datesBetween, InvariantViolation, localDateOf, minutes, zonedInstant } from '@hms/sdk';
import type { AppointmentType } from '../../contracts/schemas';
import { OUTSIDE_AVAILABILITY, UNKNOWN_APPOINTMENT_TYPE } from '../../errors';
import type { DefinedSchedule } from './schedule.decider';
import { dayOfWeekOf } from './day-of-week';

/** A stretch of time, epoch ms, end exclusive. */
export interface Interval {
  readonly start: number;
  readonly end: number;
}
export interface AvailableWindow extends Interval {
  readonly location: string;
}
export interface Slot extends AvailableWindow {
  readonly practitionerId: string;
  readonly type: string;
}

/** The windows open on a local date, earliest first; none on a day of leave or holiday. */
export function windowsOn(schedule: DefinedSchedule, date: string): AvailableWindow[] {
  if (schedule.exceptions.some((e) => e.from <= date && date <= e.to)) return [];
  const day = dayOfWeekOf(date);
  return schedule.weeklyAvailability
    .filter((w) => w.dayOfWeek === day)
    .map((w) => ({
      start: zonedInstant(date, w.start, schedule.timeZone),
      end: zonedInstant(date, w.end, schedule.timeZone),
      location: w.location,
    }))
    .filter((w) => w.start < w.end)
    .sort((a, b) => a.start - b.start);
}

export function appointmentTypeOf(schedule: DefinedSchedule, code: string): AppointmentType {
  const type = schedule.appointmentTypes.find((t) => t.code === code);
  if (type === undefined) {
    throw new InvariantViolation(
      UNKNOWN_APPOINTMENT_TYPE,
      { practitionerId: schedule.practitionerId, type: code },
      { message: 'This practitioner does not offer this type of appointment.' },
    );
  }
  return type;
}

/**
 * The slot an appointment of `typeCode` starting at `startsAt` would take: it must lie wholly inside one window
 * of availability. Any start inside a window is accepted (not only the free-slot grid): the front desk may fit a
 * patient in at 09:05.
 */
export function slotAt(schedule: DefinedSchedule, typeCode: string, startsAt: number): Slot {
  const type = appointmentTypeOf(schedule, typeCode);
  const end = startsAt + minutes(type.durationMinutes);
  const window = windowsOn(schedule, localDateOf(startsAt, schedule.timeZone)).find(
    (w) => w.start <= startsAt && end <= w.end,
  );
  if (window === undefined) {
    throw new InvariantViolation(
      OUTSIDE_AVAILABILITY,
      { practitionerId: schedule.practitionerId, startsAt: new Date(startsAt).toISOString() },
      { message: 'The practitioner is not available at that time. Choose a time from the free slots.' },
    );
  }
  const { practitionerId } = schedule;
  return { practitionerId, type: type.code, start: startsAt, end, location: window.location };
}

/**
 * The free slots of one practitioner from `from` to `to` (local dates, inclusive) that start at or after
 * `notBefore`. Each window is walked once: slots follow each other from the window's start, and a booked interval
 * in the way moves the next slot to its end, so a 10-minute follow-up booked at 09:00 leaves 09:10 free, not 09:20.
 * `booked` must be sorted by start.
 */
export function freeSlots(
  schedule: DefinedSchedule,
  typeCode: string,
  range: { from: string; to: string; notBefore: number },
  booked: readonly Interval[],
): Slot[] {
  const type = appointmentTypeOf(schedule, typeCode);
  const duration = minutes(type.durationMinutes);
  const slots: Slot[] = [];
  let next = 0; // index of the first booked interval that may still be in the way
  for (const date of datesBetween(range.from, range.to)) {
    for (const window of windowsOn(schedule, date)) {
      let start = window.start;
      while (start + duration <= window.end) {
        while (next < booked.length && (booked[next] as Interval).end <= start) next++;
        const blocking = booked[next];
        if (blocking !== undefined && blocking.start < start + duration) {
          start = blocking.end;
          continue;
        }
        if (start >= range.notBefore) {
          slots.push({
            practitionerId: schedule.practitionerId,
            type: type.code,
            start,
            end: start + duration,
            location: window.location,
          });
        }
        start += duration;
      }
    }
  }
  return slots;
}
