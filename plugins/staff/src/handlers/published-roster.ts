import { InvariantViolation, type Sql } from '@hms/sdk';
import type { Assignment } from '../domain/roster/roster.model';
import { SHIFT_NOT_ON_ROSTER } from '../errors';

export interface PublishedRosterRow {
  wardId: string;
  from: string;
  to: string;
  assignments: Assignment[];
}
type Shift = { wardId: string; shiftCode: string; date: string };

/** The published roster holding `shift` with `employeeId` on it; refused (422) when there is none. */
export async function rosterWith(sql: Sql, employeeId: string, shift: Shift): Promise<PublishedRosterRow> {
  const [row] = await sql.query<{ from: string; to: string; assignments: Assignment[] }>(
    `SELECT to_char(period_from, 'YYYY-MM-DD') AS "from", to_char(period_to, 'YYYY-MM-DD') AS "to", assignments
       FROM staff.rosters WHERE ward_id = $1 AND period_from <= $2::date AND period_to >= $2::date
      ORDER BY period_from DESC LIMIT 1`,
    [shift.wardId, shift.date],
  );
  const on = row?.assignments.some(
    (a) => a.employeeId === employeeId && a.shiftCode === shift.shiftCode && a.date === shift.date,
  );
  if (row === undefined || !on) {
    throw new InvariantViolation(
      SHIFT_NOT_ON_ROSTER,
      { employeeId, shift },
      { message: 'That shift is not theirs on a published roster.' },
    );
  }
  return { wardId: shift.wardId, from: row.from, to: row.to, assignments: row.assignments };
}
