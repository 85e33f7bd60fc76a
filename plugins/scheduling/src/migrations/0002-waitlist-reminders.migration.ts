import { defineMigration } from '@hms/sdk';

/**
 * Upgrading from 1.x, where the patient plugin held these tables, moves them here as they are (an inline
 * read model has no checkpoint to replay from); a new installation creates them.
 *
 * The waitlist read model (rebuilt from events by `scheduling.waitlist`) and the reminder outbox (written by the
 * `scheduling.send-appointment-reminders` job; ids only, a transport looks up contact details when it sends).
 */
export const createWaitlistAndRemindersMigration = defineMigration('0002-waitlist-reminders', [
  `DO $$ BEGIN
  IF to_regclass('patient.waitlist') IS NOT NULL AND to_regclass('patient.reminder_outbox') IS NOT NULL THEN
    ALTER TABLE patient.waitlist SET SCHEMA scheduling;
    ALTER TABLE patient.reminder_outbox SET SCHEMA scheduling;
  ELSE
    CREATE TABLE scheduling.waitlist (
      id uuid PRIMARY KEY,
      patient_id uuid NOT NULL,
      practitioner_id uuid NOT NULL,
      type text NOT NULL,
      earliest date NOT NULL,
      latest date NOT NULL,
      note text,
      status text NOT NULL,
      requested_at timestamptz NOT NULL,
      -- The request's place in the event store's global order: first come, first served within one instant.
      position bigint NOT NULL,
      offer_starts_at timestamptz,
      offer_ends_at timestamptz,
      offered_at timestamptz,
      offer_expires_at timestamptz,
      appointment_id uuid,
      version integer NOT NULL
    );
    CREATE INDEX waitlist_open_idx ON scheduling.waitlist (practitioner_id, type, requested_at, position)
       WHERE status IN ('waiting', 'offered');
    CREATE INDEX waitlist_offer_expiry_idx ON scheduling.waitlist (offer_expires_at) WHERE status = 'offered';
    CREATE TABLE scheduling.reminder_outbox (
      id bigserial PRIMARY KEY,
      appointment_id uuid NOT NULL,
      patient_id uuid NOT NULL,
      channel text NOT NULL,
      starts_at timestamptz NOT NULL,
      due_at timestamptz NOT NULL,
      sent_at timestamptz,
      status text NOT NULL DEFAULT 'pending',
      created_at timestamptz NOT NULL,
      UNIQUE (appointment_id, channel, starts_at)
    );
    CREATE INDEX reminder_outbox_pending_idx ON scheduling.reminder_outbox (due_at) WHERE status = 'pending';
  END IF;
END $$`,
]);
