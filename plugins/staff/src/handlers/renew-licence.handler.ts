import { handleCommand } from '@hms/sdk';
import { RenewLicence } from '../contracts/employee.commands';
import { EMPLOYEE_MANAGE } from '../contracts/permissions';
import { licenceDecider } from '../domain/licence/licence.decider';
import { licenceStream } from '../domain/streams';

export const renewLicenceHandler = handleCommand(RenewLicence, {
  permission: EMPLOYEE_MANAGE,
  async handle(data, ctx): Promise<{ id: string; expiresOn: string }> {
    await ctx.streams.decide(licenceStream(data.licenceId), licenceDecider, {
      type: 'staff.RenewLicence',
      data,
      meta: ctx.meta,
    });
    return { id: data.licenceId, expiresOn: data.expiresOn };
  },
});
