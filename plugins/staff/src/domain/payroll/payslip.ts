import { datesBetween, InvariantViolation } from '@hms/sdk';
import type { PayPeriod, PayPolicy, PayRule, Payslip, PayslipLine } from '../../contracts/payroll.schemas';
import type { ContractTerm } from '../../contracts/schemas';
import { CURRENCY_MISMATCH } from '../../errors';
import { termOn } from '../employee/contract-terms';
import { exact, fromDecimal, plus, times, toMinor, ZERO, type Exact } from './exact';

/** What one employee's payslip is computed from; hours are minutes in the period, from attendance. */
export interface PayInput {
  readonly employeeId: string;
  readonly period: PayPeriod;
  readonly terms: readonly ContractTerm[];
  readonly lastDay: string | null;
  /** Overtime minutes by the date they count on (the week's Monday, from attendance), paid at that date's rate. */
  readonly overtime: readonly { readonly date: string; readonly minutes: number }[];
  /** Dates of approved unpaid leave. */
  readonly unpaidLeaveDates: readonly string[];
  /** Minutes worked in the period, for per-hour rules (overtime minutes come from `overtime`). */
  readonly minutes: {
    readonly worked: number;
    readonly night: number;
    readonly weekend: number;
    /** Worked on shifts starting on a bank holiday (the hospital's list); none when left out. */
    readonly bankHoliday?: number;
  };
  readonly policy: PayPolicy;
}

/**
 * One employee's pay for a period (a calendar month), every line in the policy currency's minor unit:
 * - Basic: for each contract term in force, the monthly salary (annual × FTE ÷ 12) × the days it was in force ÷ the
 *   days in the period (a starter on the 15th of a 30-day month gets 16/30; a pay rise from the 10th splits the
 *   month into two lines).
 * - Unpaid leave: minus one day's basic (annual × FTE ÷ 12 ÷ days in the period) per day, at that day's term.
 * - Overtime: hours × the hourly rate (full-time annual salary ÷ (52 × full-time weekly hours)) × the multiplier.
 * - The policy's rules, in order: earnings (fixed, per hour, % of basic), then gross, then deductions (fixed, per
 *   hour, % of basic or gross). Percentages apply to the amounts as printed on the payslip.
 * Each line is computed exactly and rounded once ({@link toMinor}). Returns null when no term is in force.
 */
export function calculatePayslip(input: PayInput): Payslip | null {
  const { period, policy, terms, lastDay } = input;
  const dates = datesBetween(period.from, period.to);
  const inForce = dates.map((date) => termOn(terms, date, lastDay));
  if (inForce.every((t) => t === undefined)) return null;
  for (const term of inForce) {
    if (term !== undefined && term.annualSalary.currency !== policy.currency) {
      throw new InvariantViolation(CURRENCY_MISMATCH, {
        employeeId: input.employeeId,
        currency: term.annualSalary.currency,
      });
    }
  }
  const dailyBasic = (term: ContractTerm): Exact =>
    times(exact(term.annualSalary.amount), fromDecimal(term.fte), exact(1, 12 * dates.length));
  const lines: PayslipLine[] = [];
  for (const [term, days] of daysPerTerm(inForce)) {
    lines.push(
      line(
        'BASIC',
        `Basic pay, grade ${term.payGrade} (${days} of ${dates.length} days)`,
        'earning',
        times(dailyBasic(term), exact(days)),
      ),
    );
  }
  const unpaid = [...new Set(input.unpaidLeaveDates)].filter((d) => period.from <= d && d <= period.to);
  const unpaidAmount = unpaid.reduce((sum, date) => {
    const term = termOn(terms, date, lastDay);
    return term === undefined ? sum : plus(sum, dailyBasic(term));
  }, ZERO);
  if (unpaid.length > 0)
    lines.push(line('UNPAID_LEAVE', `Unpaid leave (${unpaid.length} days)`, 'earning', times(unpaidAmount, exact(-1))));
  const overtime = input.overtime.reduce((sum, { date, minutes }) => {
    const term = termOn(terms, date, lastDay) ?? termOn(terms, period.from, lastDay) ?? lastTerm(inForce);
    const hourly = times(exact(term.annualSalary.amount), exact(1, 52), invert(fromDecimal(term.fullTimeWeeklyHours)));
    return plus(sum, times(hourly, exact(minutes, 60), fromDecimal(policy.overtimeMultiplier)));
  }, ZERO);
  if (input.overtime.some((o) => o.minutes > 0))
    lines.push(line('OVERTIME', `Overtime at ×${policy.overtimeMultiplier}`, 'earning', overtime));
  const basic = sumOf(lines.filter((l) => l.code === 'BASIC'));
  const minutes = { ...input.minutes, overtime: input.overtime.reduce((sum, o) => sum + o.minutes, 0) };
  for (const rule of policy.rules.filter((r) => r.kind === 'earning')) lines.push(ruleLine(rule, basic, 0, minutes));
  const gross = sumOf(lines.filter((l) => l.kind === 'earning'));
  for (const rule of policy.rules.filter((r) => r.kind === 'deduction'))
    lines.push(ruleLine(rule, basic, gross, minutes));
  const deductions = sumOf(lines.filter((l) => l.kind === 'deduction'));
  return { employeeId: input.employeeId, currency: policy.currency, lines, gross, deductions, net: gross - deductions };
}

function ruleLine(
  rule: PayRule,
  basic: number,
  gross: number,
  minutes: PayInput['minutes'] & { overtime: number },
): PayslipLine {
  switch (rule.basis) {
    case 'fixed':
      return line(rule.code, rule.label, rule.kind, exact(rule.amount));
    case 'percent':
      return line(
        rule.code,
        rule.label,
        rule.kind,
        times(exact(rule.of === 'basic' ? basic : gross), exact(rule.basisPoints, 10_000)),
      );
    case 'per-hour':
      return line(
        rule.code,
        rule.label,
        rule.kind,
        times(
          exact(rule.amount),
          exact(rule.hoursOf === 'bank-holiday' ? (minutes.bankHoliday ?? 0) : minutes[rule.hoursOf], 60),
        ),
      );
  }
}

/** Consecutive days under one term, in order: [term, days]. */
function daysPerTerm(inForce: readonly (ContractTerm | undefined)[]): [ContractTerm, number][] {
  const counts = new Map<ContractTerm, number>();
  for (const term of inForce) if (term !== undefined) counts.set(term, (counts.get(term) ?? 0) + 1);
  return [...counts.entries()];
}

function lastTerm(inForce: readonly (ContractTerm | undefined)[]): ContractTerm {
  const found = [...inForce].reverse().find((t) => t !== undefined);
  if (found === undefined) throw new Error('no term in force');
  return found;
}

const invert = (f: Exact): Exact => ({ n: f.d, d: f.n });
const line = (code: string, label: string, kind: 'earning' | 'deduction', amount: Exact): PayslipLine => ({
  code,
  label,
  kind,
  amount: toMinor(amount),
});
const sumOf = (lines: readonly PayslipLine[]): number => lines.reduce((sum, l) => sum + l.amount, 0);
