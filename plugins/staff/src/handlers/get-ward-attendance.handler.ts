import { datesBetween, handleQuery, InvariantViolation, toIso } from '@hms/sdk';
import { ROSTER_MANAGE } from '../contracts/permissions';
import { GetWardAttendance, MAX_WARD_ATTENDANCE_DAYS, type WardAttendance } from '../contracts/queries';
import type { ShiftTypeInput } from '../contracts/ward-shifts.contracts';
import { attendanceOfShifts, type ClockSession, type RosteredTime } from '../domain/attendance/attendance';
import { shiftNow } from '../domain/attendance/shift-now';
import { placeShift } from '../domain/roster/shift-instance';
import { DATES_OUT_OF_ORDER } from '../errors';
import { staffRules } from '../options';
import { attendanceRules } from './attendance-input';

type Row = WardAttendance['shifts'][number];

interface AssignmentRow {
  employee_id: string;
  shift_code: string;
  date: string;
  time_zone: string;
  shift_types: ShiftTypeInput[];
}

/**
 * A ward's attendance in one answer, for the ward manager: every published shift of the ward in the period judged
 * against the clock, plus who of the ward's people is clocked in now. Five set-based reads, whatever the ward's size
 * (the per-person route would be one request per person).
 */
export const getWardAttendanceHandler = handleQuery(GetWardAttendance, {
  permission: ROSTER_MANAGE,
  async handle({ wardId, from, to }, ctx): Promise<WardAttendance> {
    const days = (Date.parse(to) - Date.parse(from)) / 86_400_000 + 1;
    if (days < 1 || days > MAX_WARD_ATTENDANCE_DAYS) {
      throw new InvariantViolation(
        DATES_OUT_OF_ORDER,
        { from, to },
        { message: `Ask for 1 to ${MAX_WARD_ATTENDANCE_DAYS} days of a ward's attendance, the first day first.` },
      );
    }
    const assignments = await ctx.sql.query<AssignmentRow>(
      `SELECT a->>'employeeId' AS employee_id, a->>'shiftCode' AS shift_code, a->>'date' AS date, w.time_zone,
              w.shift_types
         FROM staff.rosters r CROSS JOIN LATERAL jsonb_array_elements(r.assignments) AS a
         JOIN staff.ward_shifts w ON w.ward_id = r.ward_id
        WHERE r.ward_id = $1 AND (a->>'date')::date BETWEEN $2::date AND $3::date`,
      [wardId, from, to],
    );
    const shiftsOf = new Map<string, (RosteredTime & { shiftCode: string })[]>();
    for (const row of assignments) {
      const type = row.shift_types.find((t) => t.code === row.shift_code);
      if (type === undefined) continue;
      const { key, date, start, end, night, weekend } = placeShift({ ...type, wardId }, row.date, row.time_zone);
      const shift = { key, date, start, end, night, weekend, unpaidBreakMinutes: type.unpaidBreakMinutes };
      shiftsOf.set(row.employee_id, [...(shiftsOf.get(row.employee_id) ?? []), { ...shift, shiftCode: type.code }]);
    }
    const rostered = [...shiftsOf.keys()];
    // The ward's people: its staff, and whoever is rostered on it in the period (a bank nurse from elsewhere).
    const people = await ctx.sql.query<{ id: string; name: string }>(
      `SELECT id, given_name || ' ' || family_name AS name FROM staff.employees
        WHERE id = ANY($1::uuid[]) OR (department_id = $2 AND status = 'employed')`,
      [rostered, wardId],
    );
    const ids = people.map((p) => p.id);
    const sessions = await ctx.sql.query<{ employee_id: string; start: Date; end: Date | null }>(
      `SELECT employee_id, clocked_in_at AS start, clocked_out_at AS "end" FROM staff.clock_sessions
        WHERE employee_id = ANY($1::uuid[]) AND clocked_in_at < ($3::date + 2)::timestamptz
          AND (clocked_out_at IS NULL OR clocked_out_at > ($2::date - 1)::timestamptz)`,
      [ids, from, to],
    );
    const leave = await ctx.sql.query<{ employee_id: string; from: string; to: string }>(
      `SELECT employee_id, to_char(from_date, 'YYYY-MM-DD') AS "from", to_char(to_date, 'YYYY-MM-DD') AS "to"
         FROM staff.leave_requests WHERE employee_id = ANY($1::uuid[]) AND status = 'approved'
          AND from_date <= $3::date AND to_date >= $2::date`,
      [rostered, from, to],
    );

    const asOf = Date.parse(ctx.now);
    const rules = attendanceRules(staffRules(ctx.options));
    const nameOf = new Map(people.map((p) => [p.id, p.name]));
    const openOf = new Map(sessions.filter((s) => s.end === null).map((s) => [s.employee_id, s.start.getTime()]));
    const rows: Row[] = [];
    for (const [employeeId, shifts] of shiftsOf) {
      const closed: ClockSession[] = sessions
        .filter((s): s is typeof s & { end: Date } => s.employee_id === employeeId && s.end !== null)
        .map((s) => ({ start: s.start.getTime(), end: s.end.getTime() }));
      const leaveDates = new Set(
        leave.filter((l) => l.employee_id === employeeId).flatMap((l) => datesBetween(l.from, l.to)),
      );
      const judged = attendanceOfShifts({
        shifts,
        sessions: closed,
        leaveDates,
        contractedWeeklyHours: 0,
        rules,
        timeZone: 'UTC',
        asOf,
      });
      for (const [i, shift] of shifts.entries()) {
        const a = judged[i]!;
        const base = {
          employeeId,
          name: nameOf.get(employeeId) ?? employeeId,
          shiftCode: shift.shiftCode,
          date: shift.date,
          startsAt: toIso(shift.start),
          endsAt: toIso(shift.end),
        };
        if (a.status === 'worked') {
          const { key: _key, ...worked } = a;
          rows.push({ ...base, ...worked });
          continue;
        }
        const none = { lateMinutes: 0, leftEarlyMinutes: 0, overtimeMinutes: 0, workedMinutes: 0 };
        const now = a.status === 'upcoming' ? shiftNow(shift, openOf.get(employeeId) ?? null, rules, asOf) : null;
        rows.push({ ...base, ...none, ...(now ?? { status: a.status }) });
      }
    }
    rows.sort(
      (a, b) =>
        a.startsAt.localeCompare(b.startsAt) || a.shiftCode.localeCompare(b.shiftCode) || a.name.localeCompare(b.name),
    );
    const count = (status: Row['status']): number => rows.filter((r) => r.status === status).length;
    return {
      wardId,
      from,
      to,
      asOf: toIso(asOf),
      shifts: rows,
      clockedIn: [...openOf]
        .map(([employeeId, since]) => ({ employeeId, name: nameOf.get(employeeId) ?? employeeId, since: toIso(since) }))
        .sort((a, b) => a.name.localeCompare(b.name)),
      totals: {
        rostered: rows.length,
        worked: count('worked'),
        onShift: count('on-shift'),
        late: rows.filter((r) => r.lateMinutes > 0).length,
        absent: count('absent'),
        notClockedIn: count('not-clocked-in'),
        onLeave: count('on-leave'),
        upcoming: count('upcoming'),
        overtimeMinutes: rows.reduce((sum, r) => sum + r.overtimeMinutes, 0),
      },
    };
  },
});
