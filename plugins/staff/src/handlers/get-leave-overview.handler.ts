import { handleQuery } from '@hms/sdk';
import { LEAVE_REQUEST } from '../contracts/permissions';
import { GetLeaveOverview, type LeaveBalance, type MyLeave } from '../contracts/queries';
import { leaveTypeSchema, type LeaveType } from '../contracts/schemas';
import { employeeDecider, type EmployedState } from '../domain/employee/employee.decider';
import { accruedLeaveDays, carriedOverDays, hasBalance } from '../domain/leave/leave-accrual';
import { employeeStream } from '../domain/streams';
import { hospitalToday, staffRules, type StaffRules } from '../options';
import { bookedIn, leavePolicyOf, leaveYearOf, previousLeaveYear } from './leave-year';
import { LEAVE_ROWS, leaveFromRow, type LeaveRow } from './leave-rows';
import { requireOwnOrDelegated } from './own-record';
import { requireEmployed } from './require-employed';

/** An employee's balances this leave year and their requests: their own "my leave", or HR's view of it. */
export const getLeaveOverviewHandler = handleQuery(GetLeaveOverview, {
  permission: LEAVE_REQUEST,
  async handle({ employeeId }, ctx): Promise<MyLeave> {
    const { state } = await ctx.streams.load(employeeStream(employeeId), employeeDecider);
    const employee = requireEmployed(state, employeeId);
    requireOwnOrDelegated(ctx.actor, employee);
    const rows = await ctx.sql.query<LeaveRow>(`${LEAVE_ROWS} WHERE r.employee_id = $1 ORDER BY r.from_date DESC`, [
      employeeId,
    ]);
    const requests = rows.map(leaveFromRow);
    const rules = staffRules(ctx.options);
    const today = hospitalToday(ctx.now, rules);
    const balances = leaveTypeSchema.options
      .filter((type) => hasBalance(leavePolicyOf(rules), type))
      .map((type) => balance(employee, type, today, requests, rules));
    return { employeeId, balances, requests };
  },
});

function balance(
  employee: EmployedState,
  type: LeaveType,
  today: string,
  requests: MyLeave['requests'],
  rules: StaffRules,
): LeaveBalance {
  const policy = leavePolicyOf(rules);
  const year = leaveYearOf(today);
  const booked = bookedIn(requests, type, year);
  const before = previousLeaveYear(year);
  const carried = carriedOverDays(
    employee.terms,
    policy,
    type,
    before,
    bookedIn(requests, type, before),
    rules.maxCarryOverDays,
  );
  const accruedDays = accruedLeaveDays(employee.terms, policy, type, year, today);
  const byYearEnd = accruedLeaveDays(employee.terms, policy, type, year, year.to);
  const round = (n: number): number => Math.round(n * 100) / 100;
  return {
    type,
    yearFrom: year.from,
    yearTo: year.to,
    accruedDays,
    carriedOverDays: carried,
    bookedDays: round(booked),
    availableDays: round(byYearEnd + carried - booked),
  };
}
