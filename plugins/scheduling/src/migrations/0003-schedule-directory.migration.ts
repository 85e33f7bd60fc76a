import { defineMigration } from '@hms/sdk';

/**
 * The list of practitioners with a schedule (rebuilt from events by `scheduling.schedule-directory`): what a desk
 * chooses a calendar from. Ids, time zones and appointment types only; names come from a staff directory.
 */
export const createScheduleDirectoryMigration = defineMigration('0040-schedule-directory', [
  `CREATE TABLE scheduling.schedule_directory (
    practitioner_id uuid PRIMARY KEY,
    time_zone text NOT NULL,
    appointment_types jsonb NOT NULL,
    version integer NOT NULL,
    defined_at timestamptz NOT NULL
  )`,
]);
