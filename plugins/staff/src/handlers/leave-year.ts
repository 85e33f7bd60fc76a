import { type LeaveType } from '../contracts/schemas';
import type { EmployedState } from '../domain/employee/employee.decider';
import { accruedLeaveDays, carriedOverDays, hasBalance, type LeavePolicy } from '../domain/leave/leave-accrual';
import type { LeaveRequestState } from '../domain/leave/leave.decider';
import type { StaffRules } from '../options';

/** The leave year is the calendar year (April years are not configurable yet). */
export const leaveYearOf = (date: string): { from: string; to: string } => ({
  from: `${date.slice(0, 4)}-01-01`,
  to: `${date.slice(0, 4)}-12-31`,
});

/** The year before a leave year. */
export const previousLeaveYear = (year: { from: string }): { from: string; to: string } =>
  leaveYearOf(`${Number(year.from.slice(0, 4)) - 1}-01-01`);

/** The full-time days a year of each type with a balance, from the hospital's options. */
export const leavePolicyOf = (rules: StaffRules): LeavePolicy => ({
  annual: rules.annualLeaveDays,
  study: rules.studyLeaveDays,
});

/** Days of a type booked (pending or approved) in a leave year, by the request's first day. */
export function bookedIn(
  requests: readonly Pick<LeaveRequestState, 'type' | 'from' | 'days' | 'status'>[],
  type: LeaveType,
  year: { from: string; to: string },
): number {
  return requests
    .filter((r) => r.type === type && (r.status === 'pending' || r.status === 'approved'))
    .filter((r) => year.from <= r.from && r.from <= year.to)
    .reduce((sum, r) => sum + r.days, 0);
}

/**
 * What a request may take, for a type with a balance: earned in the leave year of `from` by the day the leave
 * ends (summer leave can be booked in January), plus what carried over from the year before; the decider
 * subtracts what is already booked.
 */
export function balanceFor(
  employee: EmployedState,
  type: LeaveType,
  from: string,
  to: string,
  rules: StaffRules,
  requests: readonly Pick<LeaveRequestState, 'type' | 'from' | 'days' | 'status'>[],
): { accruedDays: number; yearFrom: string; yearTo: string } | null {
  const policy = leavePolicyOf(rules);
  if (!hasBalance(policy, type)) return null;
  const year = leaveYearOf(from);
  const accrued = accruedLeaveDays(employee.terms, policy, type, year, to);
  const before = previousLeaveYear(year);
  const carried = carriedOverDays(
    employee.terms,
    policy,
    type,
    before,
    bookedIn(requests, type, before),
    rules.maxCarryOverDays,
  );
  return { accruedDays: Math.round((accrued + carried) * 100) / 100, yearFrom: year.from, yearTo: year.to };
}
