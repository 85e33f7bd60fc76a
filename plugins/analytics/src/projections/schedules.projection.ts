import { defineProjection } from '@hms/sdk';
import { ScheduleDefined, ScheduleExceptionAdded } from '@hms/plugin-scheduling/contracts';

/**
 * Practitioners' weekly availability (a schedule replaces the previous one as a whole, so the latest is kept) and
 * the days they are away: the slot time a practitioner offered, against which booked time is measured.
 */
export const schedulesProjection = defineProjection({
  name: 'analytics.schedules',
  handles: [ScheduleDefined, ScheduleExceptionAdded],
  tables: ['analytics.schedules', 'analytics.schedule_exceptions'],
  async evolve(event, sql) {
    if (event.type === ScheduleDefined.type) {
      const data = event.data;
      await sql.query(
        `INSERT INTO analytics.schedules (practitioner_id, time_zone, weekly_availability) VALUES ($1, $2, $3)
         ON CONFLICT (practitioner_id) DO UPDATE SET time_zone = excluded.time_zone, weekly_availability = excluded.weekly_availability`,
        [data.practitionerId, data.timeZone, JSON.stringify(data.weeklyAvailability)],
      );
    } else if (event.type === ScheduleExceptionAdded.type) {
      const data = event.data;
      await sql.query(
        `INSERT INTO analytics.schedule_exceptions (exception_id, practitioner_id, from_day, to_day) VALUES ($1, $2, $3, $4)
         ON CONFLICT DO NOTHING`,
        [data.exceptionId, data.practitionerId, data.from, data.to],
      );
    }
  },
});
