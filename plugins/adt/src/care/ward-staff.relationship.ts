import { defineCareRelationship } from '@hms/sdk';

/** The team of a ward cares for the patients admitted to it now (their stay's current ward). */
export const wardStaffRelationship = defineCareRelationship({
  name: 'adt.ward-staff',
  description: "A member of the ward's team, for the patients lying on that ward",
  statement: `SELECT a.patient_id::text AS patient_id
                FROM adt.admissions a
                JOIN adt.ward_staff s ON s.ward_id = a.current_ward_id
               WHERE a.patient_id = ANY($patients::uuid[]) AND a.discharged_at IS NULL
                 AND s.member_id = ANY($clinicians) AND (s.until IS NULL OR s.until > $now)`,
});
