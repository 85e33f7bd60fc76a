import { defineProjection } from '@hms/sdk';
import { ClockedIn, ClockedOut } from '../contracts/attendance.contracts';

/** Clocked sessions, for attendance and pay. Inline: the kiosk's next read sees the session it opened. */
export const clockProjection = defineProjection({
  name: 'staff.clock',
  mode: 'inline',
  handles: [ClockedIn, ClockedOut],
  tables: ['staff.clock_sessions'],
  async evolve(event, sql) {
    if (event.type === ClockedIn.type) {
      const d = event.data;
      await sql.query(
        `INSERT INTO staff.clock_sessions (employee_id, clocked_in_at, kiosk_id) VALUES ($1, $2, $3)
         ON CONFLICT DO NOTHING`,
        [d.employeeId, d.at, d.kioskId],
      );
      return;
    }
    const d = event.data;
    await sql.query(
      `UPDATE staff.clock_sessions SET clocked_out_at = $3 WHERE employee_id = $1 AND clocked_in_at = $2`,
      [d.employeeId, d.clockedInAt, d.at],
    );
  },
});
