import { defineJob, z } from '@hms/sdk';
import { ExpireLicence } from '../contracts/employee.commands';
import { hospitalToday, staffRules } from '../options';

/**
 * Every night: licences whose expiry date has passed are marked expired (`staff.LicenceExpired`, on the licence's
 * stream and in the audit trail). Bookings and rosters already stop at the date itself; the event is the record
 * that HR was told, and what the alerts list shows. The payload is empty and each command is keyed by the
 * licence id, so a re-delivered run appends nothing twice.
 */
export const expireLicencesJob = defineJob({
  name: 'staff.expire-licences',
  payload: z.strictObject({}),
  schedule: { cron: '15 0 * * *', payload: {} },
  retry: { attempts: 3, backoffMs: 60_000 },
  async handle(_payload, ctx) {
    const due = await ctx.sql.query<{ id: string }>(
      `SELECT id FROM staff.licences WHERE NOT expired AND expires_on < $1::date ORDER BY expires_on, id`,
      [hospitalToday(ctx.now, staffRules(ctx.options))],
    );
    for (const [index, { id }] of due.entries()) {
      await ctx.execute(ExpireLicence, { licenceId: id }, id);
      await ctx.progress(Math.round(((index + 1) / due.length) * 100));
    }
    await ctx.progress(100);
  },
});
