import { defineProjection, type Sql } from '@hms/sdk';
import { WardStaffAssigned, WardStaffAssignmentEnded } from '../contracts/events';

/**
 * Who is on each ward's team, for the team list and the `adt.ward-staff` care relationship. Inline: someone put on
 * a ward reaches its patients from the next request on, and taken off, no longer.
 */
export const wardStaffProjection = defineProjection({
  name: 'adt.ward-staff',
  mode: 'inline',
  handles: [WardStaffAssigned, WardStaffAssignmentEnded],
  tables: ['adt.ward_staff'],
  async evolve(event, sql: Sql): Promise<void> {
    if (event.type === WardStaffAssigned.type) {
      const { wardId, memberId, until, assignedAt } = event.data;
      await sql.query(
        `INSERT INTO adt.ward_staff (ward_id, member_id, assigned_at, until) VALUES ($1, $2, $3, $4)
         ON CONFLICT (ward_id, member_id) DO UPDATE SET assigned_at = EXCLUDED.assigned_at, until = EXCLUDED.until`,
        [wardId, memberId, assignedAt, until ?? null],
      );
      return;
    }
    await sql.query(`DELETE FROM adt.ward_staff WHERE ward_id = $1 AND member_id = $2`, [
      event.data.wardId,
      event.data.memberId,
    ]);
  },
});
