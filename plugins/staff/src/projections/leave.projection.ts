import { defineProjection } from '@hms/sdk';
import { LeaveApproved, LeaveCancelled, LeaveRefused, LeaveRequested } from '../contracts/leave.events';

/**
 * Leave requests for approvals, the team calendar and practitioners' availability. Inline: an approval blocks
 * the practitioner's slots as soon as the manager sees it confirmed.
 */
export const leaveProjection = defineProjection({
  name: 'staff.leave',
  mode: 'inline',
  handles: [LeaveRequested, LeaveApproved, LeaveRefused, LeaveCancelled],
  tables: ['staff.leave_requests'],
  async evolve(event, sql) {
    if (event.type === LeaveRequested.type) {
      const d = event.data;
      await sql.query(
        `INSERT INTO staff.leave_requests (id, employee_id, type, from_date, to_date, days, note, status, requested_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, 'pending', $8) ON CONFLICT (id) DO NOTHING`,
        [d.requestId, d.employeeId, d.type, d.from, d.to, d.days, d.note ?? null, d.at],
      );
      return;
    }
    const status =
      event.type === LeaveApproved.type ? 'approved' : event.type === LeaveRefused.type ? 'refused' : 'cancelled';
    const reason = event.type === LeaveRefused.type ? event.data.reason : null;
    await sql.query(`UPDATE staff.leave_requests SET status = $2, reason = $3, decided_at = $4 WHERE id = $1`, [
      event.data.requestId,
      status,
      reason,
      event.data.at,
    ]);
  },
});
