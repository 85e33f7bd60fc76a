import { defineMigration } from '@hms/sdk';

/**
 * Upgrading from 1.x moves the table and its projection's checkpoint (renamed with the plugin), so the async
 * projection carries on where it stopped; a new installation creates the table.
 *
 * The list of practitioners with a schedule (rebuilt from events by `scheduling.schedule-directory`): what a desk
 * chooses a calendar from. Ids, time zones and appointment types only; names come from a staff directory.
 */
export const createScheduleDirectoryMigration = defineMigration('0003-schedule-directory', [
  `DO $$ BEGIN
  IF to_regclass('patient.schedule_directory') IS NOT NULL THEN
    ALTER TABLE patient.schedule_directory SET SCHEMA scheduling;
  ELSE
    CREATE TABLE scheduling.schedule_directory (
      practitioner_id uuid PRIMARY KEY,
      time_zone text NOT NULL,
      appointment_types jsonb NOT NULL,
      version integer NOT NULL,
      defined_at timestamptz NOT NULL
    );
  END IF;
END $$`,
  `UPDATE core.projection_checkpoints SET name = 'scheduling.schedule-directory' WHERE name = 'patient.schedule-directory'`,
]);
