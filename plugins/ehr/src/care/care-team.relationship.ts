import { defineCareRelationship } from '@hms/sdk';

/** The care team of a patient's open encounter cares for them until the encounter closes. */
export const careTeamRelationship = defineCareRelationship({
  name: 'ehr.care-team',
  description: "A member of the care team of the patient's open encounter (attending, consulting, nursing)",
  async find({ clinicianIds, patientIds, sql }) {
    const rows = await sql.query<{ patient_id: string }>(
      `SELECT DISTINCT t.patient_id::text AS patient_id
         FROM ehr.care_team t JOIN ehr.encounters e ON e.id = t.encounter_id AND e.status = 'open'
        WHERE t.patient_id = ANY($1::uuid[]) AND t.member_id = ANY($2::text[])`,
      [patientIds, clinicianIds],
    );
    return rows.map((row) => row.patient_id);
  },
});
