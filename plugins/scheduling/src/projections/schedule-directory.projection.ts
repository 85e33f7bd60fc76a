import { defineProjection, type Sql } from '@hms/sdk';
import { ScheduleDefined } from '../contracts/events';

/**
 * One row per practitioner with a schedule. Async: a list to choose a calendar from can trail a definition by a
 * moment, and an async projection catches up from the first event when it is added to a running hospital. A row
 * changes only for a newer definition (`version < streamVersion`), so a replay leaves the same rows.
 */
export const scheduleDirectoryProjection = defineProjection({
  name: 'scheduling.schedule-directory',
  mode: 'async',
  handles: [ScheduleDefined],
  tables: ['scheduling.schedule_directory'],
  async evolve(event, sql: Sql): Promise<void> {
    const { data } = event;
    await sql.query(
      `INSERT INTO scheduling.schedule_directory (practitioner_id, time_zone, appointment_types, version, defined_at)
       VALUES ($1, $2, $3::jsonb, $4, $5)
       ON CONFLICT (practitioner_id) DO UPDATE
         SET time_zone = $2, appointment_types = $3::jsonb, version = $4, defined_at = $5
         WHERE scheduling.schedule_directory.version < $4`,
      [data.practitionerId, data.timeZone, JSON.stringify(data.appointmentTypes), event.streamVersion, data.definedAt],
    );
  },
});
