import type { ReminderTransport } from './jobs/reminder-transport';

/**
 * What a hospital may configure: `schedulingPlugin.configure({ reminderTransport: mySmsRelay })`. Its own file so
 * the jobs that read it (`ctx: JobContext<SchedulingPluginOptions>`) need not import the manifest that lists them.
 */
export interface SchedulingPluginOptions {
  /** Where appointment reminders go (default: the `scheduling.reminder_outbox` table). */
  readonly reminderTransport?: ReminderTransport;
}
