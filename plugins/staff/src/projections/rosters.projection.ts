import { defineProjection } from '@hms/sdk';
import { RosterPublished } from '../contracts/roster.events';
import { WardShiftsDefined } from '../contracts/ward-shifts.contracts';

/**
 * Shift types, published rosters and working windows. Inline: a published roster changes which appointment
 * slots are offered as soon as the ward manager sees it published. A republished period replaces its rows.
 */
export const rostersProjection = defineProjection({
  name: 'staff.rosters',
  mode: 'inline',
  handles: [WardShiftsDefined, RosterPublished],
  tables: ['staff.ward_shifts', 'staff.rosters', 'staff.rostered_windows'],
  async evolve(event, sql) {
    if (event.type === WardShiftsDefined.type) {
      const d = event.data;
      await sql.query(
        `INSERT INTO staff.ward_shifts (ward_id, time_zone, shift_types, defined_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (ward_id) DO UPDATE SET time_zone = $2, shift_types = $3, defined_at = $4`,
        [d.wardId, d.timeZone, JSON.stringify(d.shiftTypes), d.at],
      );
      return;
    }
    const d = event.data;
    const key = [d.wardId, d.period.from, d.period.to];
    await sql.query(
      `INSERT INTO staff.rosters (ward_id, period_from, period_to, version, assignments, shortfalls, published_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (ward_id, period_from, period_to) DO UPDATE SET version = $4, assignments = $5, shortfalls = $6,
         published_at = $7`,
      [...key, d.version, JSON.stringify(d.assignments), d.shortfalls, d.at],
    );
    await sql.query(
      `DELETE FROM staff.rostered_windows WHERE ward_id = $1 AND period_from = $2 AND period_to = $3`,
      key,
    );
    if (!d.windows || d.windows.length === 0) return;
    await sql.query(
      `INSERT INTO staff.rostered_windows (ward_id, period_from, period_to, employee_id, date, starts_at, ends_at)
       SELECT $1, $2, $3, w."employeeId", w.date, w.start, w."end"
         FROM jsonb_to_recordset($4::jsonb) AS w ("employeeId" uuid, date date, start timestamptz, "end" timestamptz)`,
      [...key, JSON.stringify(d.windows)],
    );
  },
});
