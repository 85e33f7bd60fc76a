import { handleQuery, toIso } from '@hms/sdk';
import { ROSTER_READ } from '../contracts/permissions';
import { GetAttendance, type Attendance } from '../contracts/queries';
import { attendanceByWeek, attendanceOfShifts } from '../domain/attendance/attendance';
import { employeeDecider } from '../domain/employee/employee.decider';
import { employeeStream } from '../domain/streams';
import { requireActingFor } from './acting-for';
import { loadAttendanceInput } from './attendance-input';
import { requireEmployed } from './require-employed';
import { staffRules } from '../options';

/** A ward manager's view of anyone's attendance, or one's own. */
export const getAttendanceHandler = handleQuery(GetAttendance, {
  permission: ROSTER_READ,
  async handle({ employeeId, from, to }, ctx): Promise<Attendance> {
    await requireActingFor(ctx, employeeId);
    const { state } = await ctx.streams.load(employeeStream(employeeId), employeeDecider);
    const employee = requireEmployed(state, employeeId);
    const input = await loadAttendanceInput(
      ctx.sql,
      { id: employeeId, terms: employee.terms, lastDay: null },
      { from, to },
      ctx.now,
      staffRules(ctx.options),
    );
    const judged = new Map(attendanceOfShifts(input).map((a) => [a.key, a]));
    return {
      employeeId,
      shifts: input.shifts.map((shift) => {
        const a = judged.get(shift.key);
        const worked = a?.status === 'worked' ? a : undefined;
        return {
          wardId: shift.wardId,
          shiftCode: shift.shiftCode,
          date: shift.date,
          startsAt: toIso(shift.start),
          endsAt: toIso(shift.end),
          status: a?.status ?? 'upcoming',
          lateMinutes: worked?.lateMinutes ?? 0,
          leftEarlyMinutes: worked?.leftEarlyMinutes ?? 0,
          overtimeMinutes: worked?.overtimeMinutes ?? 0,
          workedMinutes: worked?.workedMinutes ?? 0,
        };
      }),
      weeks: attendanceByWeek(input),
    };
  },
});
