import { defineMigration } from '@hms/sdk';

/**
 * Upgrading from 1.x, where the patient plugin held these tables, moves them here as they are (an inline
 * read model has no checkpoint to replay from); a new installation creates them.
 *
 * The appointments read model (rebuilt from events by `scheduling.appointments`). Free-slot search and the day/week
 * list read a practitioner's appointments by time (practitioner_id, starts_at); a patient's list by
 * (patient_id, starts_at). Not the double-booking guard: that is the practitioner-day streams' concurrency.
 */
export const createAppointmentsMigration = defineMigration('0001-appointments', [
  `DO $$ BEGIN
  IF to_regclass('patient.appointments') IS NOT NULL THEN
    ALTER TABLE patient.appointments SET SCHEMA scheduling;
  ELSE
    CREATE TABLE scheduling.appointments (
      id uuid PRIMARY KEY,
      patient_id uuid NOT NULL,
      practitioner_id uuid NOT NULL,
      type text NOT NULL,
      starts_at timestamptz NOT NULL,
      ends_at timestamptz NOT NULL,
      location text NOT NULL,
      status text NOT NULL,
      cancel_reason text,
      version integer NOT NULL,
      booked_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL
    );
    CREATE INDEX appointments_practitioner_starts_idx ON scheduling.appointments (practitioner_id, starts_at);
    CREATE INDEX appointments_patient_starts_idx ON scheduling.appointments (patient_id, starts_at);
  END IF;
END $$`,
]);
