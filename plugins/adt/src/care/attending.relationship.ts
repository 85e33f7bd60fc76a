import { defineCareRelationship } from '@hms/sdk';

/** The practitioner who admitted a patient attends them until discharge. */
export const attendingRelationship = defineCareRelationship({
  name: 'adt.attending',
  description: 'The admitting (attending) practitioner of an open admission',
  statement: `SELECT patient_id::text AS patient_id FROM adt.admissions
               WHERE patient_id = ANY($patients::uuid[]) AND discharged_at IS NULL
                 AND admitting_practitioner_id = ANY($clinicians)`,
});
