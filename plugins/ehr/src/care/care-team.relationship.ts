import { defineCareRelationship } from '@hms/sdk';

/** The care team of a patient's open encounter cares for them until the encounter closes. */
export const careTeamRelationship = defineCareRelationship({
  name: 'ehr.care-team',
  description: "A member of the care team of the patient's open encounter (attending, consulting, nursing)",
  statement: `SELECT t.patient_id::text AS patient_id
                FROM ehr.care_team t JOIN ehr.encounters e ON e.id = t.encounter_id AND e.status = 'open'
               WHERE t.patient_id = ANY($patients::uuid[]) AND t.member_id = ANY($clinicians)`,
});
