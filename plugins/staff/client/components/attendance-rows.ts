/** One shift of one person's attendance, as `GET /api/staff/employees/{id}/attendance` answers it. */
interface ShiftAttendance {
  readonly date: string;
  readonly shiftCode: string;
  readonly status: 'upcoming' | 'on-leave' | 'absent' | 'worked';
  readonly lateMinutes: number;
  readonly leftEarlyMinutes: number;
  readonly overtimeMinutes: number;
  readonly workedMinutes: number;
}

export interface AttendanceRow extends ShiftAttendance {
  readonly employeeId: string;
  readonly name: string;
}

/** The ward's week as one table: every person's rostered shifts by date, then shift, then name. */
export function attendanceRows(
  people: readonly { employeeId: string; name: string; shifts: readonly ShiftAttendance[] }[],
): AttendanceRow[] {
  return people
    .flatMap((p) => p.shifts.map((s) => ({ ...s, employeeId: p.employeeId, name: p.name })))
    .sort(
      (a, b) => a.date.localeCompare(b.date) || a.shiftCode.localeCompare(b.shiftCode) || a.name.localeCompare(b.name),
    );
}

/** The week's exceptions a ward manager acts on: absences, and shifts started late (beyond the grace period). */
export function attendanceTotals(rows: readonly AttendanceRow[]): {
  absent: number;
  late: number;
  overtimeMinutes: number;
} {
  return {
    absent: rows.filter((r) => r.status === 'absent').length,
    late: rows.filter((r) => r.lateMinutes > 0).length,
    overtimeMinutes: rows.reduce((sum, r) => sum + r.overtimeMinutes, 0),
  };
}

/** "1 h 05" from minutes; blank for none. */
export function hoursText(minutes: number): string {
  if (minutes <= 0) return '';
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')}`;
}
