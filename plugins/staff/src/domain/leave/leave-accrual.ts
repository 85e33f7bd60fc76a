import type { ContractTerm, LeaveType } from '../../contracts/schemas';
import { termOn } from '../employee/contract-terms';

/**
 * Days of leave a full-time employee earns in a leave year, by type; types not listed have no balance (sick, unpaid).
 */
export type LeavePolicy = Readonly<Partial<Record<LeaveType, number>>>;

/** A typical policy: 27 days of annual leave and 5 of study leave a year, full time. */
export const DEFAULT_LEAVE_POLICY: LeavePolicy = { annual: 27, study: 5 };

export const hasBalance = (policy: LeavePolicy, type: LeaveType): boolean => policy[type] !== undefined;

function addMonths(date: string, months: number): string {
  const start = new Date(`${date}T00:00:00Z`);
  const d = start.getUTCDate();
  const target = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + months, 1));
  // The 31st plus a month is the last day of the shorter month, not the 1st of the next.
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}

/**
 * Leave earned in the leave year [`yearFrom`, `yearTo`] by `asOf`: one twelfth of the yearly days for each
 * completed month of service in the year, times the FTE of the term in force when that month began (a part-timer
 * at 0.6 earns 0.6 of a full-timer's days; a change of hours counts from the month it starts). Months count from
 * the later of the year's start and the first day of service, so a starter in July earns from July. The total is
 * rounded to a hundredth of a day, once.
 */
export function accruedLeaveDays(
  terms: readonly ContractTerm[],
  policy: LeavePolicy,
  type: LeaveType,
  year: { from: string; to: string },
  asOf: string,
  lastDay: string | null = null,
): number {
  const perYear = policy[type];
  const first = terms[0];
  if (perYear === undefined || first === undefined) return 0;
  const start = first.from > year.from ? first.from : year.from;
  let total = 0;
  for (let month = 0; month < 12; month++) {
    const monthStart = addMonths(start, month);
    const monthEnd = addMonths(start, month + 1);
    // A month is complete on the day before the same date next month.
    if (monthEnd > addDay(asOf) || monthStart > year.to) break;
    const term = termOn(terms, monthStart, lastDay);
    if (term !== undefined) total += (perYear / 12) * term.fte;
  }
  return Math.round(total * 100) / 100;
}

const addDay = (date: string): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/**
 * Annual leave carried into a leave year from the one before: what was earned in the previous year (the whole
 * year) less what was booked in it (pending or approved), at most `maxDays`, never below zero. Only annual leave
 * carries; study leave not taken is lost. Rounded to a hundredth of a day.
 */
export function carriedOverDays(
  terms: readonly ContractTerm[],
  policy: LeavePolicy,
  type: LeaveType,
  previousYear: { from: string; to: string },
  bookedInPreviousYear: number,
  maxDays: number,
  lastDay: string | null = null,
): number {
  if (type !== 'annual' || maxDays <= 0) return 0;
  const earned = accruedLeaveDays(terms, policy, type, previousYear, previousYear.to, lastDay);
  return Math.round(Math.min(maxDays, Math.max(0, earned - bookedInPreviousYear)) * 100) / 100;
}
