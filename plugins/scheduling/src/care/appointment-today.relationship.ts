import { defineCareRelationship } from '@hms/sdk';

/**
 * A practitioner cares for the patients booked with them today: from the start to the end of the day in the
 * practitioner's own time zone (their schedule's), for appointments still booked, checked in or completed.
 * A cancelled or missed appointment relates nobody.
 */
export const appointmentTodayRelationship = defineCareRelationship({
  name: 'scheduling.appointment-today',
  description: 'The practitioner of an appointment booked for today (booked, checked in or completed)',
  statement: `SELECT a.patient_id::text AS patient_id
                FROM scheduling.appointments a
                LEFT JOIN scheduling.schedule_directory d ON d.practitioner_id = a.practitioner_id
               WHERE a.patient_id = ANY($patients::uuid[])
                 AND a.practitioner_id::text = ANY($clinicians)
                 AND a.status IN ('booked', 'checked-in', 'completed')
                 AND (a.starts_at AT TIME ZONE coalesce(d.time_zone, 'UTC'))::date
                   = ($now AT TIME ZONE coalesce(d.time_zone, 'UTC'))::date`,
});
