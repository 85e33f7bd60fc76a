import type { Sql } from '@hms/sdk';

/** One reminder to send: ids only; a real SMS or e-mail transport looks up contact details when it sends. */
export interface AppointmentReminder {
  readonly appointmentId: string;
  readonly patientId: string;
  readonly startsAt: string;
  readonly channel: string;
  readonly dueAt: string;
}

/**
 * Where reminders go. Answers whether the reminder was newly written (false when this appointment, at this time,
 * already had one: the transport must be idempotent, since a job may run twice).
 */
export interface ReminderTransport {
  readonly channel: string;
  send(reminder: AppointmentReminder, sql: Sql): Promise<boolean>;
}

/**
 * The default transport: the `scheduling.reminder_outbox` table, status `pending`, for a relay (or an operator's
 * export) to deliver. Unique per (appointment, channel, start time): a rescheduled appointment gets a new one.
 */
export const outboxTransport: ReminderTransport = {
  channel: 'outbox',
  async send(reminder, sql) {
    const rows = await sql.query(
      `INSERT INTO scheduling.reminder_outbox (appointment_id, patient_id, channel, starts_at, due_at, status, created_at)
       VALUES ($1, $2, $3, $4, $5, 'pending', $5)
       ON CONFLICT (appointment_id, channel, starts_at) DO NOTHING RETURNING id`,
      [reminder.appointmentId, reminder.patientId, reminder.channel, reminder.startsAt, reminder.dueAt],
    );
    return rows.length > 0;
  },
};
