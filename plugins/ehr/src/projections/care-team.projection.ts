import { defineProjection } from '@hms/sdk';
import { CareTeamMemberAdded, CareTeamMemberRemoved } from '../contracts/encounter-events';

/**
 * Each open encounter's care team, for the team list and the `ehr.care-team` care relationship. Inline: someone
 * added reaches the patient's record from the next request on. A closed encounter's rows stay; the relationship
 * reads the encounter's status.
 */
export const careTeamProjection = defineProjection({
  name: 'ehr.care-team',
  mode: 'inline',
  handles: [CareTeamMemberAdded, CareTeamMemberRemoved],
  tables: ['ehr.care_team'],
  async evolve(event, sql) {
    if (event.type === CareTeamMemberAdded.type) {
      const d = event.data;
      await sql.query(
        `INSERT INTO ehr.care_team (encounter_id, patient_id, member_id, role, added_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (encounter_id, member_id) DO UPDATE SET role = EXCLUDED.role`,
        [d.encounterId, d.patientId, d.memberId, d.role, d.addedAt],
      );
      return;
    }
    await sql.query(`DELETE FROM ehr.care_team WHERE encounter_id = $1 AND member_id = $2`, [
      event.data.encounterId,
      event.data.memberId,
    ]);
  },
});
