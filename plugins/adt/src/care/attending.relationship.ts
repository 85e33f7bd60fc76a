import { defineCareRelationship } from '@hms/sdk';

/** The practitioner who admitted a patient attends them until discharge. */
export const attendingRelationship = defineCareRelationship({
  name: 'adt.attending',
  description: 'The admitting (attending) practitioner of an open admission',
  async find({ clinicianIds, patientIds, sql }) {
    const rows = await sql.query<{ patient_id: string }>(
      `SELECT DISTINCT patient_id::text AS patient_id FROM adt.admissions
        WHERE patient_id = ANY($1::uuid[]) AND discharged_at IS NULL
          AND admitting_practitioner_id = ANY($2::text[])`,
      [patientIds, clinicianIds],
    );
    return rows.map((row) => row.patient_id);
  },
});
