import { handleCommand } from '@hms/sdk';
import { RenewLicence } from '../contracts/employee.commands';
import { EMPLOYEE_MANAGE } from '../contracts/permissions';
import { licenceDecider } from '../domain/licence/licence.decider';
import { licenceStream } from '../domain/streams';
import { resolveLicenceNotifications } from '../notifications/licence-notifications';
import { staffRules } from '../options';

/** Renewing clears the licence's reminders and expiry notices from every inbox, as the command commits. */
export const renewLicenceHandler = handleCommand(RenewLicence, {
  permission: EMPLOYEE_MANAGE,
  prepare: (_data, ctx): Promise<readonly number[]> => Promise.resolve(staffRules(ctx.options).licenceReminderDays),
  async handle(data, ctx, horizons): Promise<{ id: string; expiresOn: string }> {
    await ctx.streams.decide(licenceStream(data.licenceId), licenceDecider, {
      type: 'staff.RenewLicence',
      data,
      meta: ctx.meta,
    });
    resolveLicenceNotifications(ctx, data.licenceId, horizons);
    return { id: data.licenceId, expiresOn: data.expiresOn };
  },
});
