import type { Assignment, ShiftType } from './roster.model';
import { placeShift } from './shift-instance';

/** When one person is at work on a ward, from a published roster: what appointment availability is built from. */
export interface WorkingWindow {
  readonly employeeId: string;
  readonly wardId: string;
  /** The local date the shift starts. */
  readonly date: string;
  /** ISO 8601 instants: a shift's wall-clock times placed in the hospital's zone. */
  readonly start: string;
  readonly end: string;
}

/**
 * Each person's working windows from a roster, earliest first, back-to-back shifts on one ward joined (an early
 * and a late are one window). Scheduling offers appointment slots only inside these (not wired yet: see
 * docs/staff.md); leave is already out, since nobody on leave is rostered.
 */
export function workingWindows(
  roster: readonly Assignment[],
  shiftTypes: readonly ShiftType[],
  timeZone: string,
): WorkingWindow[] {
  const typeOf = new Map(shiftTypes.map((t) => [`${t.wardId}|${t.code}`, t]));
  const placed = roster
    .flatMap((a) => {
      const type = typeOf.get(`${a.wardId}|${a.shiftCode}`);
      if (type === undefined) return [];
      const shift = placeShift(type, a.date, timeZone);
      return [{ employeeId: a.employeeId, wardId: a.wardId, date: a.date, start: shift.start, end: shift.end }];
    })
    .sort((a, b) => a.employeeId.localeCompare(b.employeeId) || a.start - b.start);
  const joined: (typeof placed)[number][] = [];
  for (const window of placed) {
    const last = joined[joined.length - 1];
    if (last && last.employeeId === window.employeeId && last.wardId === window.wardId && window.start <= last.end) {
      joined[joined.length - 1] = { ...last, end: Math.max(last.end, window.end) };
    } else joined.push(window);
  }
  return joined.map((w) => ({ ...w, start: new Date(w.start).toISOString(), end: new Date(w.end).toISOString() }));
}
