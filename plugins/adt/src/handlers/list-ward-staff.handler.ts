import { handleQuery } from '@hms/sdk';
import { WARD_READ } from '../contracts/permissions';
import { ListWardStaff, type WardStaffList } from '../contracts/queries';

interface WardStaffRow {
  member_id: string;
  assigned_at: string;
  until: string | null;
}

export const listWardStaffHandler = handleQuery(ListWardStaff, {
  permission: WARD_READ,
  async handle({ wardId }, ctx): Promise<WardStaffList> {
    const rows = await ctx.sql.query<WardStaffRow>(
      `SELECT member_id,
              to_char(assigned_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS assigned_at,
              to_char(until AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS until
         FROM adt.ward_staff WHERE ward_id = $1 AND (until IS NULL OR until > $2) ORDER BY assigned_at, member_id`,
      [wardId, ctx.now],
    );
    return {
      wardId,
      items: rows.map((row) => ({
        wardId,
        memberId: row.member_id,
        assignedAt: row.assigned_at,
        until: row.until,
        active: true,
      })),
    };
  },
});
