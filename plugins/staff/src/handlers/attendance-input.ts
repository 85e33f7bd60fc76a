import { datesBetween, type Sql } from '@hms/sdk';
import type { ContractTerm } from '../contracts/schemas';
import type { ShiftTypeInput } from '../contracts/ward-shifts.contracts';
import type { AttendanceInput, AttendanceRules, RosteredTime } from '../domain/attendance/attendance';
import { contractedWeeklyHours, termOn } from '../domain/employee/contract-terms';
import type { RosterPeriod } from '../domain/roster/roster.model';
import { placeShift } from '../domain/roster/shift-instance';
import type { StaffRules } from '../options';

/** Lateness and overtime as the hospital's options set them (5 minutes' grace, overtime past 15 by default). */
export const attendanceRules = (rules: StaffRules): AttendanceRules => ({
  lateGraceMinutes: rules.lateGraceMinutes,
  overtimeAfterMinutes: rules.overtimeAfterMinutes,
});

export interface RosteredShift extends RosteredTime {
  readonly wardId: string;
  readonly shiftCode: string;
}

/** Attendance input whose shifts also say which ward and shift type they are. */
export interface AttendanceFacts extends Omit<AttendanceInput, 'shifts'> {
  readonly shifts: readonly RosteredShift[];
}

interface ShiftRow {
  ward_id: string;
  shift_code: string;
  date: string;
  time_zone: string;
  shift_types: ShiftTypeInput[];
}

/**
 * One person's attendance facts for a period: their published shifts placed in their ward's time zone, their
 * closed clock sessions, their approved leave and their contracted hours. Four indexed reads.
 */
export async function loadAttendanceInput(
  sql: Sql,
  employee: { id: string; terms: readonly ContractTerm[]; lastDay: string | null },
  period: RosterPeriod,
  asOf: string,
  rules: StaffRules,
): Promise<AttendanceFacts> {
  const rows = await sql.query<ShiftRow>(
    `SELECT r.ward_id, a->>'shiftCode' AS shift_code, a->>'date' AS date, w.time_zone, w.shift_types
       FROM staff.rosters r CROSS JOIN LATERAL jsonb_array_elements(r.assignments) AS a
       JOIN staff.ward_shifts w ON w.ward_id = r.ward_id
      WHERE a->>'employeeId' = $1::text AND (a->>'date')::date BETWEEN $2::date AND $3::date
      ORDER BY a->>'date'`,
    [employee.id, period.from, period.to],
  );
  const shifts = rows.flatMap((row): RosteredShift[] => {
    const type = row.shift_types.find((t) => t.code === row.shift_code);
    if (type === undefined) return [];
    const placed = placeShift({ ...type, wardId: row.ward_id }, row.date, row.time_zone);
    const { key, date, start, end, night, weekend } = placed;
    const unpaidBreakMinutes = type.unpaidBreakMinutes;
    return [{ key, date, start, end, night, weekend, unpaidBreakMinutes, wardId: row.ward_id, shiftCode: type.code }];
  });
  const sessions = await sql.query<{ start: Date; end: Date }>(
    `SELECT clocked_in_at AS start, clocked_out_at AS "end" FROM staff.clock_sessions
      WHERE employee_id = $1 AND clocked_out_at IS NOT NULL
        AND clocked_in_at < ($3::date + 1)::timestamptz AND clocked_out_at > $2::date::timestamptz`,
    [employee.id, period.from, period.to],
  );
  const leave = await sql.query<{ from: string; to: string }>(
    `SELECT to_char(from_date, 'YYYY-MM-DD') AS "from", to_char(to_date, 'YYYY-MM-DD') AS "to"
       FROM staff.leave_requests WHERE employee_id = $1 AND status = 'approved'
        AND from_date <= $3::date AND to_date >= $2::date`,
    [employee.id, period.from, period.to],
  );
  const [zone] = await sql.query<{ time_zone: string }>(
    `SELECT w.time_zone FROM staff.ward_shifts w JOIN staff.employees e ON e.department_id = w.ward_id WHERE e.id = $1`,
    [employee.id],
  );
  const term = termOn(employee.terms, period.from, employee.lastDay) ?? employee.terms[employee.terms.length - 1];
  return {
    shifts,
    sessions: sessions.map((s) => ({ start: s.start.getTime(), end: s.end.getTime() })),
    leaveDates: new Set(leave.flatMap((l) => datesBetween(l.from, l.to))),
    contractedWeeklyHours: term === undefined ? 0 : contractedWeeklyHours(term),
    rules: attendanceRules(rules),
    bankHolidays: new Set(rules.bankHolidays),
    timeZone: zone?.time_zone ?? 'UTC',
    asOf: Date.parse(asOf),
  };
}
