import { defineMigration } from '@hms/sdk';

/**
 * Notifications raised by plugins (`ctx.notify`), each person's copy of them (their inbox: acknowledged, snoozed),
 * what each person chose to receive by which channel, and what the transports sent. Plain kernel tables beside the
 * accounts, like the report runs: they are messages to people, not facts of the record (those are events).
 */
export const notificationsMigrations = [
  defineMigration('0801-notifications', [
    `CREATE TABLE core.notifications (
      id uuid PRIMARY KEY,
      code text NOT NULL UNIQUE,
      kind text NOT NULL,
      plugin text NOT NULL,
      subject_key text NOT NULL,
      severity text NOT NULL CHECK (severity IN ('info', 'warning', 'critical')),
      audience jsonb NOT NULL,
      link text NOT NULL,
      facts jsonb NOT NULL DEFAULT '{}',
      raised_at timestamptz NOT NULL,
      resolved_at timestamptz
    )`,
    // Raised once: while one of a kind and subject is open, raising it again finds this row.
    `CREATE UNIQUE INDEX notifications_open_key ON core.notifications (kind, subject_key) WHERE resolved_at IS NULL`,
    `CREATE SEQUENCE core.notification_revision`,
    `CREATE TABLE core.notification_recipients (
      notification_id uuid NOT NULL REFERENCES core.notifications (id) ON DELETE CASCADE,
      account_id uuid NOT NULL REFERENCES core.accounts (id) ON DELETE CASCADE,
      acknowledged_at timestamptz,
      snoozed_until timestamptz,
      -- Moves at every change of the copy or its notification, so the live channel can tell whom to refresh.
      revision bigint NOT NULL DEFAULT nextval('core.notification_revision'),
      transaction_id xid8 NOT NULL DEFAULT pg_current_xact_id(),
      PRIMARY KEY (account_id, notification_id)
    )`,
    `CREATE INDEX notification_recipients_revision_idx ON core.notification_recipients (revision)`,
    `CREATE INDEX notification_recipients_notification_idx ON core.notification_recipients (notification_id)`,
    `CREATE TABLE core.notification_contacts (
      account_id uuid PRIMARY KEY REFERENCES core.accounts (id) ON DELETE CASCADE,
      email text,
      phone text
    )`,
    `CREATE TABLE core.notification_preferences (
      account_id uuid NOT NULL REFERENCES core.accounts (id) ON DELETE CASCADE,
      kind text NOT NULL,
      channel text NOT NULL CHECK (channel IN ('email', 'sms')),
      enabled boolean NOT NULL,
      PRIMARY KEY (account_id, kind, channel)
    )`,
    `CREATE TABLE core.notification_deliveries (
      notification_id uuid NOT NULL REFERENCES core.notifications (id) ON DELETE CASCADE,
      account_id uuid NOT NULL REFERENCES core.accounts (id) ON DELETE CASCADE,
      channel text NOT NULL CHECK (channel IN ('email', 'sms')),
      status text NOT NULL CHECK (status IN ('sent', 'skipped')),
      at timestamptz NOT NULL,
      PRIMARY KEY (notification_id, account_id, channel)
    )`,
  ]),
  // Stored in the raising command's transaction, queued for delivery after it commits: until then (or after a crash
  // in between) it stays unqueued, and the kernel's sweep queues it. Those stored before were queued when raised.
  defineMigration('0803-notification-delivery-queue', [
    `ALTER TABLE core.notifications ADD COLUMN delivery_queued_at timestamptz`,
    `UPDATE core.notifications SET delivery_queued_at = raised_at`,
    `CREATE INDEX notifications_unqueued_idx ON core.notifications (raised_at, id)
      WHERE delivery_queued_at IS NULL AND resolved_at IS NULL`,
  ]),
];
