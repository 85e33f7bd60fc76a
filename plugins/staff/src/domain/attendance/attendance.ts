import { HOUR_MS, localDateOf, MINUTE_MS } from '@hms/sdk';
import { weekStartOf } from '../time/calendar-weeks';

/** A rostered shift as attendance sees it: when it starts and ends, and what kind it is. */
export interface RosteredTime {
  readonly key: string;
  readonly date: string;
  readonly start: number;
  readonly end: number;
  readonly unpaidBreakMinutes: number;
  readonly night: boolean;
  readonly weekend: boolean;
}

/** A clocked session: from a ClockedOut event (`clockedInAt` to `at`). */
export interface ClockSession {
  readonly start: number;
  readonly end: number;
}

export interface AttendanceRules {
  /** Clocking in up to this many minutes after the start is not late. */
  readonly lateGraceMinutes: number;
  /** Staying past the shift's end counts as overtime only beyond this many minutes (a handover that runs over). */
  readonly overtimeAfterMinutes: number;
}

export type ShiftAttendance =
  | { readonly key: string; readonly status: 'upcoming' | 'on-leave' | 'absent' }
  | {
      readonly key: string;
      readonly status: 'worked';
      readonly lateMinutes: number;
      readonly leftEarlyMinutes: number;
      readonly overtimeMinutes: number;
      readonly workedMinutes: number;
    };

export interface WeekAttendance {
  readonly week: string;
  readonly workedMinutes: number;
  readonly contractedMinutes: number;
  /** The larger of the shifts' overtime and the hours beyond the contract, never both (one hour is paid once). */
  readonly overtimeMinutes: number;
  readonly nightMinutes: number;
  readonly weekendMinutes: number;
  /** Minutes worked on shifts starting on one of the hospital's bank holidays. */
  readonly bankHolidayMinutes: number;
}

export interface AttendanceInput {
  readonly shifts: readonly RosteredTime[];
  readonly sessions: readonly ClockSession[];
  /** Dates (YYYY-MM-DD) the person is on approved leave. */
  readonly leaveDates: ReadonlySet<string>;
  readonly contractedWeeklyHours: number;
  readonly rules: AttendanceRules;
  readonly timeZone: string;
  /** Shifts ending after this instant are not judged yet. */
  readonly asOf: number;
  /** The hospital's bank holidays (YYYY-MM-DD): a shift starting that day counts as bank-holiday work. */
  readonly bankHolidays?: ReadonlySet<string>;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.start < b.end && b.start < a.end;
const toMinutes = (ms: number): number => Math.round(ms / MINUTE_MS);

/** Each rostered shift against the clock: worked (late, left early, overtime), absent, on leave or not yet due. */
export function attendanceOfShifts(input: AttendanceInput): ShiftAttendance[] {
  const inOrder = [...input.shifts].sort((a, b) => a.start - b.start);
  return input.shifts.map((shift) => {
    if (input.leaveDates.has(shift.date)) return { key: shift.key, status: 'on-leave' };
    // Clocked time belongs to this shift only between the previous shift's end and the next one's start, so a
    // double shift clocked as one session is not overtime of the first shift.
    const at = inOrder.indexOf(shift);
    const from = inOrder[at - 1]?.end ?? -Infinity;
    const to = inOrder[at + 1]?.start ?? Infinity;
    const sessions = input.sessions
      .filter((s) => overlaps(s, shift))
      .map((s) => ({ start: Math.max(s.start, from), end: Math.min(s.end, to) }));
    if (sessions.length === 0) return { key: shift.key, status: shift.end > input.asOf ? 'upcoming' : 'absent' };
    const arrived = Math.min(...sessions.map((s) => s.start));
    const left = Math.max(...sessions.map((s) => s.end));
    const late = toMinutes(arrived - shift.start);
    const stayed = toMinutes(left - shift.end);
    const worked = sessions.reduce((sum, s) => sum + toMinutes(s.end - s.start), 0) - shift.unpaidBreakMinutes;
    return {
      key: shift.key,
      status: 'worked',
      lateMinutes: late > input.rules.lateGraceMinutes ? late : 0,
      leftEarlyMinutes: stayed < 0 ? -stayed : 0,
      overtimeMinutes: stayed > input.rules.overtimeAfterMinutes ? stayed : 0,
      workedMinutes: Math.max(0, worked),
    };
  });
}

/**
 * Hours per week (Monday to Sunday, by the day a session starts), with overtime by two rules: minutes past a
 * shift's end beyond the threshold, and hours beyond the contract's weekly hours. The week's overtime is the
 * larger of the two, so an hour that is both is paid once. Work clocked outside any rostered shift counts
 * towards the week's hours (it shows as unrostered work to the ward manager).
 */
export function attendanceByWeek(input: AttendanceInput): WeekAttendance[] {
  const perShift = new Map(attendanceOfShifts(input).map((a) => [a.key, a]));
  type Week = { worked: number; shiftOvertime: number; night: number; weekend: number; bankHoliday: number };
  const weeks = new Map<string, Week>();
  const weekOf = (instant: number): Week => {
    const week = weekStartOf(localDateOf(instant, input.timeZone));
    const found = weeks.get(week) ?? { worked: 0, shiftOvertime: 0, night: 0, weekend: 0, bankHoliday: 0 };
    weeks.set(week, found);
    return found;
  };
  // Each clocked minute counts once, even when one session spans two back-to-back shifts; the unpaid break of
  // each shift worked comes off.
  for (const session of input.sessions) weekOf(session.start).worked += toMinutes(session.end - session.start);
  for (const shift of input.shifts) {
    const a = perShift.get(shift.key);
    if (a === undefined || a.status !== 'worked') continue;
    const week = weekOf(shift.start);
    week.worked -= shift.unpaidBreakMinutes;
    week.shiftOvertime += a.overtimeMinutes;
    if (shift.night) week.night += a.workedMinutes;
    if (shift.weekend) week.weekend += a.workedMinutes;
    if (input.bankHolidays?.has(shift.date)) week.bankHoliday += a.workedMinutes;
  }
  const contractedMinutes = Math.round(input.contractedWeeklyHours * 60);
  return [...weeks.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([week, w]) => ({
      week,
      workedMinutes: Math.max(0, w.worked),
      contractedMinutes,
      nightMinutes: w.night,
      weekendMinutes: w.weekend,
      bankHolidayMinutes: w.bankHoliday,
      overtimeMinutes: Math.max(w.shiftOvertime, w.worked - contractedMinutes, 0),
    }));
}

export const hoursOf = (minutes: number): number => (minutes * MINUTE_MS) / HOUR_MS;
