import { defineJob, z, type JobContext } from '@hms/sdk';
import { ExpireLicence } from '../contracts/employee.commands';
import { reconcileLicenceNotifications } from '../notifications/reconcile-licence-notifications';
import { hospitalToday, staffRules, type StaffPluginOptions } from '../options';

/**
 * Every night: licences whose expiry date has passed are marked expired (`staff.LicenceExpired`, on the licence's
 * stream and in the audit trail; the command raises `staff.licence-expired`). Then the notifications are brought in
 * line with the licences: a reminder (`staff.licence-expiring`) once per licence and horizon, and those of renewed,
 * superseded or leavers' licences resolved. Bookings and rosters already stop at the date itself. The payload is
 * empty, each command is keyed by the licence id and notifications by licence and horizon, so a re-delivered run
 * appends and raises nothing twice.
 */
export const expireLicencesJob = defineJob({
  name: 'staff.expire-licences',
  payload: z.strictObject({}),
  schedule: { cron: '15 0 * * *', payload: {} },
  retry: { attempts: 3, backoffMs: 60_000 },
  async handle(_payload, ctx: JobContext<StaffPluginOptions>) {
    const rules = staffRules(ctx.options);
    const today = hospitalToday(ctx.now, rules);
    const due = await ctx.sql.query<{ id: string }>(
      `SELECT id FROM staff.licences WHERE NOT expired AND expires_on < $1::date ORDER BY expires_on, id`,
      [today],
    );
    for (const [index, { id }] of due.entries()) {
      await ctx.execute(ExpireLicence, { licenceId: id }, id);
      await ctx.progress(Math.round(((index + 1) / (due.length + 1)) * 100));
    }
    await reconcileLicenceNotifications(ctx, today, rules);
    await ctx.progress(100);
  },
});
