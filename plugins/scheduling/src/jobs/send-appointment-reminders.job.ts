import { defineJob, z, type JobContext } from '@hms/sdk';
import type { SchedulingPluginOptions } from '../options';
import { outboxTransport, type ReminderTransport } from './reminder-transport';

const PAGE = 500;

/** The payload: the day whose appointments get a reminder (UTC date); tomorrow when left out. */
export const reminderPayloadSchema = z.object({ day: z.iso.date().optional() });
export type ReminderPayload = z.infer<typeof reminderPayloadSchema>;

/**
 * Writes one reminder per booked appointment of the day through the transport, page by page, reporting progress.
 * Idempotent: running it again for the same day writes nothing new. Answers how many were written.
 */
export async function sendAppointmentReminders(
  payload: ReminderPayload,
  ctx: JobContext,
  transport: ReminderTransport = outboxTransport,
): Promise<{ appointments: number; written: number }> {
  const day = payload.day ?? new Date(Date.parse(ctx.now) + 86_400_000).toISOString().slice(0, 10);
  // An aggregate without GROUP BY answers exactly one row.
  const [counted] = await ctx.sql.query<{ total: number }>(
    `SELECT count(*)::int AS total FROM scheduling.appointments
      WHERE status = 'booked' AND starts_at >= $1::date AND starts_at < $1::date + 1`,
    [day],
  );
  const total = counted?.total ?? 0;
  let seen = 0;
  let written = 0;
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const page = await ctx.sql.query<{ id: string; patient_id: string; starts_at: string }>(
      `SELECT id::text AS id, patient_id::text AS patient_id,
              to_char(starts_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS starts_at
         FROM scheduling.appointments
        WHERE status = 'booked' AND starts_at >= $1::date AND starts_at < $1::date + 1 AND id > $2
        ORDER BY id LIMIT $3`,
      [day, after, PAGE],
    );
    if (page.length === 0) break;
    for (const row of page) {
      const sent = await transport.send(
        {
          appointmentId: row.id,
          patientId: row.patient_id,
          startsAt: row.starts_at,
          channel: transport.channel,
          dueAt: ctx.now,
        },
        ctx.sql,
      );
      if (sent) written += 1;
    }
    seen += page.length;
    after = page[page.length - 1]!.id;
    await ctx.progress(total === 0 ? 100 : (Math.min(seen, total) / total) * 100);
  }
  await ctx.progress(100);
  return { appointments: seen, written };
}

/** Daily at 07:00 (the server's cron time zone): reminders for tomorrow's booked appointments. */
export const sendAppointmentRemindersJob = defineJob<ReminderPayload, SchedulingPluginOptions>({
  name: 'scheduling.send-appointment-reminders',
  payload: reminderPayloadSchema,
  retry: { attempts: 5, backoffMs: 5000 },
  schedule: { cron: '0 7 * * *', payload: {} },
  async handle(payload, ctx) {
    // A hospital plugs its SMS or e-mail relay in with schedulingPlugin.configure({ reminderTransport }).
    await sendAppointmentReminders(payload, ctx, ctx.options.reminderTransport);
  },
});
