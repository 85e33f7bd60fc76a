import { defineCareRelationship } from '@hms/sdk';

/** The team of a ward cares for the patients admitted to it now (their stay's current ward). */
export const wardStaffRelationship = defineCareRelationship({
  name: 'adt.ward-staff',
  description: "A member of the ward's team, for the patients lying on that ward",
  async find({ clinicianIds, patientIds, now, sql }) {
    const rows = await sql.query<{ patient_id: string }>(
      `SELECT DISTINCT a.patient_id::text AS patient_id
         FROM adt.admissions a
         JOIN adt.ward_staff s ON s.ward_id = a.current_ward_id
        WHERE a.patient_id = ANY($1::uuid[]) AND a.discharged_at IS NULL
          AND s.member_id = ANY($2::text[]) AND (s.until IS NULL OR s.until > $3)`,
      [patientIds, clinicianIds, now],
    );
    return rows.map((row) => row.patient_id);
  },
});
