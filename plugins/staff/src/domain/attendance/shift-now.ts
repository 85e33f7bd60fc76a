import { MINUTE_MS } from '@hms/sdk';
import type { AttendanceRules, RosteredTime } from './attendance';

/**
 * A shift not judged yet (it has not ended), as the ward manager sees it now: the person is clocked in for it
 * (`on-shift`, late if they arrived after the grace period), it has started and they have not clocked in
 * (`not-clocked-in`, late by the minutes so far), or it has not started yet (`upcoming`).
 */
export type ShiftNow =
  | { readonly status: 'upcoming'; readonly lateMinutes: 0 }
  | { readonly status: 'on-shift' | 'not-clocked-in'; readonly lateMinutes: number };

/**
 * `clockedInAt`: the start of the person's open clock session, if they are clocked in now (a session opened for an
 * earlier shift and still open counts: a double shift clocked as one).
 */
export function shiftNow(
  shift: Pick<RosteredTime, 'start' | 'end'>,
  clockedInAt: number | null,
  rules: AttendanceRules,
  asOf: number,
): ShiftNow {
  const lateBy = (instant: number): number => {
    const minutes = Math.round((instant - shift.start) / MINUTE_MS);
    return minutes > rules.lateGraceMinutes ? minutes : 0;
  };
  if (clockedInAt !== null && clockedInAt < shift.end) return { status: 'on-shift', lateMinutes: lateBy(clockedInAt) };
  if (asOf > shift.start) {
    const late = lateBy(asOf);
    if (late > 0) return { status: 'not-clocked-in', lateMinutes: late };
  }
  return { status: 'upcoming', lateMinutes: 0 };
}
