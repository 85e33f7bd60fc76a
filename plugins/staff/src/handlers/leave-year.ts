import { type LeaveType } from '../contracts/schemas';
import { accruedLeaveDays, DEFAULT_LEAVE_POLICY, hasBalance } from '../domain/leave/leave-accrual';
import type { EmployedState } from '../domain/employee/employee.decider';

/** The leave year is the calendar year (bank-holiday years and April years are not configurable yet). */
export const leaveYearOf = (date: string): { from: string; to: string } => ({
  from: `${date.slice(0, 4)}-01-01`,
  to: `${date.slice(0, 4)}-12-31`,
});

/**
 * What a request may take, for a type with a balance: earned in the leave year of `from` by the day the leave
 * ends (summer leave can be booked in January); the decider subtracts what is already booked.
 */
export function balanceFor(
  employee: EmployedState,
  type: LeaveType,
  from: string,
  to: string,
): { accruedDays: number; yearFrom: string; yearTo: string } | null {
  if (!hasBalance(DEFAULT_LEAVE_POLICY, type)) return null;
  const year = leaveYearOf(from);
  const accruedDays = accruedLeaveDays(employee.terms, DEFAULT_LEAVE_POLICY, type, year, to);
  return { accruedDays, yearFrom: year.from, yearTo: year.to };
}
