import { defineProjection } from '@hms/sdk';
import {
  ClockedOut,
  LeaveApproved,
  LeaveCancelled,
  LeaveRefused,
  LeaveRequested,
  RosterPublished,
} from '@hms/plugin-staff/contracts';

/**
 * Time as staff publishes it: each published roster's working windows (a later version of a ward's period replaces
 * the earlier one), clocked sessions once they end, and leave with its status.
 */
export const staffTimeProjection = defineProjection({
  name: 'analytics.staff-time',
  handles: [RosterPublished, ClockedOut, LeaveRequested, LeaveApproved, LeaveRefused, LeaveCancelled],
  tables: ['analytics.staff_rostered', 'analytics.staff_clocked', 'analytics.staff_leave'],
  async evolve(event, sql) {
    switch (event.type) {
      case RosterPublished.type: {
        const { wardId, period, windows } = event.data;
        const key = [wardId, period.from, period.to];
        await sql.query(
          `DELETE FROM analytics.staff_rostered WHERE ward_id = $1 AND period_from = $2 AND period_to = $3`,
          key,
        );
        // Rosters published before staff recorded windows have none: they count from their next version.
        if (!windows || windows.length === 0) return;
        await sql.query(
          `INSERT INTO analytics.staff_rostered (ward_id, period_from, period_to, employee_id, day, start_at, end_at)
           SELECT $1, $2, $3, (w->>'employeeId')::uuid, (w->>'date')::date, (w->>'start')::timestamptz,
                  (w->>'end')::timestamptz
             FROM jsonb_array_elements($4::jsonb) AS w`,
          [...key, JSON.stringify(windows)],
        );
        return;
      }
      case ClockedOut.type:
        await sql.query(
          `INSERT INTO analytics.staff_clocked (employee_id, clocked_in_at, clocked_out_at) VALUES ($1, $2, $3)
           ON CONFLICT (employee_id, clocked_in_at) DO UPDATE SET clocked_out_at = excluded.clocked_out_at`,
          [event.data.employeeId, event.data.clockedInAt, event.data.at],
        );
        return;
      case LeaveRequested.type: {
        const d = event.data;
        await sql.query(
          `INSERT INTO analytics.staff_leave (request_id, employee_id, type, from_day, to_day, status)
           VALUES ($1, $2, $3, $4, $5, 'pending') ON CONFLICT (request_id) DO NOTHING`,
          [d.requestId, d.employeeId, d.type, d.from, d.to],
        );
        return;
      }
      default: {
        const status =
          event.type === LeaveApproved.type ? 'approved' : event.type === LeaveRefused.type ? 'refused' : 'cancelled';
        await sql.query(`UPDATE analytics.staff_leave SET status = $2 WHERE request_id = $1`, [
          event.data.requestId,
          status,
        ]);
      }
    }
  },
});
