import { defineWardMembership } from '@hms/sdk';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The ward's team as adt keeps it (`/api/wards/:id/staff`), for notifications addressed to a ward: the members
 * in force now, by account id or linked practitioner id, as the care relationship reads them.
 */
export const wardTeamMembership = defineWardMembership({
  name: 'adt.ward-team',
  async find({ wardId, now, sql }) {
    if (!UUID.test(wardId)) return []; // adt's wards are UUIDs: anything else names no ward of ours
    const rows = await sql.query<{ member_id: string }>(
      `SELECT member_id FROM adt.ward_staff
        WHERE ward_id = $1::uuid AND (until IS NULL OR until > $2) ORDER BY member_id`,
      [wardId, now],
    );
    return rows.map((row) => row.member_id);
  },
});
