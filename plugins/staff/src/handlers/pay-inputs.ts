import { datesBetween, type Sql } from '@hms/sdk';
import type { PayPeriod, PayPolicy } from '../contracts/payroll.schemas';
import type { ContractTerm } from '../contracts/schemas';
import { attendanceByWeek } from '../domain/attendance/attendance';
import { termOn } from '../domain/employee/contract-terms';
import type { PayInput } from '../domain/payroll/payslip';
import type { StaffRules } from '../options';
import { loadAttendanceInput } from './attendance-input';

/** A member of a pay group for a period, as pay is computed from. */
export interface PayMember {
  readonly id: string;
  readonly terms: ContractTerm[];
  readonly last_day: string | null;
}

/**
 * Who a pay group pays for a period, in employee id order: everyone employed in the period with a contract term in
 * the group's currency. A term in another currency on a member's record is left to `calculatePayslip` to refuse.
 */
export async function loadPayMembers(sql: Sql, policy: PayPolicy, period: PayPeriod): Promise<PayMember[]> {
  const people = await sql.query<PayMember>(
    `SELECT id, terms, to_char(last_day, 'YYYY-MM-DD') AS last_day FROM staff.employees
      WHERE first_day <= $2::date AND (last_day IS NULL OR last_day >= $1::date) ORDER BY id`,
    [period.from, period.to],
  );
  const dates = datesBetween(period.from, period.to);
  return people.filter((p) =>
    dates.some((d) => termOn(p.terms, d, p.last_day)?.annualSalary.currency === policy.currency),
  );
}

/** What each member of a pay group is paid from: the whole group's members for the period. */
export async function loadPayInputs(
  sql: Sql,
  policy: PayPolicy,
  period: PayPeriod,
  asOf: string,
  rules: StaffRules,
): Promise<PayInput[]> {
  return payInputsOf(sql, policy, period, asOf, await loadPayMembers(sql, policy, period), rules);
}

/**
 * What the given members are paid from: their terms, approved unpaid leave, and their attendance (overtime by
 * week, worked, night and weekend minutes).
 */
export async function payInputsOf(
  sql: Sql,
  policy: PayPolicy,
  period: PayPeriod,
  asOf: string,
  members: readonly PayMember[],
  rules: StaffRules,
): Promise<PayInput[]> {
  const unpaid = await sql.query<{ employee_id: string; from: string; to: string }>(
    `SELECT employee_id, to_char(from_date, 'YYYY-MM-DD') AS "from", to_char(to_date, 'YYYY-MM-DD') AS "to"
       FROM staff.leave_requests WHERE type = 'unpaid' AND status = 'approved'
        AND from_date <= $2::date AND to_date >= $1::date AND employee_id = ANY($3::uuid[])`,
    [period.from, period.to, members.map((m) => m.id)],
  );
  const inputs: PayInput[] = [];
  for (const person of members) {
    const attendance = await loadAttendanceInput(
      sql,
      { id: person.id, terms: person.terms, lastDay: person.last_day },
      period,
      asOf,
      rules,
    );
    const weeks = attendanceByWeek(attendance);
    const sum = (pick: (w: (typeof weeks)[number]) => number): number => weeks.reduce((n, w) => n + pick(w), 0);
    inputs.push({
      employeeId: person.id,
      period,
      terms: person.terms,
      lastDay: person.last_day,
      overtime: weeks.map((w) => ({ date: w.week, minutes: w.overtimeMinutes })).filter((o) => o.minutes > 0),
      unpaidLeaveDates: unpaid.filter((u) => u.employee_id === person.id).flatMap((u) => datesBetween(u.from, u.to)),
      minutes: {
        worked: sum((w) => w.workedMinutes),
        night: sum((w) => w.nightMinutes),
        weekend: sum((w) => w.weekendMinutes),
        bankHoliday: sum((w) => w.bankHolidayMinutes),
      },
      policy,
    });
  }
  return inputs;
}
