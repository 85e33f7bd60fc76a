import type { Assignment } from './roster.model';

type RosteredShift = { readonly wardId: string; readonly shiftCode: string; readonly date: string };
const on = (a: Assignment, s: RosteredShift, employeeId: string): boolean =>
  a.employeeId === employeeId && a.wardId === s.wardId && a.shiftCode === s.shiftCode && a.date === s.date;

/**
 * The roster as it would be after a swap: the colleague takes the requester's shift (same skill), and the
 * requester the colleague's, if one was offered. Check the result with `checkRoster` before approving.
 */
export function applySwap(
  roster: readonly Assignment[],
  swap: { requesterId: string; colleagueId: string; gives: RosteredShift; takes?: RosteredShift },
): Assignment[] {
  return roster.map((a) => {
    if (on(a, swap.gives, swap.requesterId)) return { ...a, employeeId: swap.colleagueId };
    if (swap.takes !== undefined && on(a, swap.takes, swap.colleagueId)) return { ...a, employeeId: swap.requesterId };
    return a;
  });
}
