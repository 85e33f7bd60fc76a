import { handleCommand } from '@hms/sdk';
import { ExpireLicence } from '../contracts/employee.commands';
import { EMPLOYEE_MANAGE } from '../contracts/permissions';
import { licenceDecider } from '../domain/licence/licence.decider';
import { licenceStream } from '../domain/streams';

/** Sent by the daily job (or by HR); the decider refuses a licence still valid today. */
export const expireLicenceHandler = handleCommand(ExpireLicence, {
  permission: EMPLOYEE_MANAGE,
  async handle(data, ctx): Promise<{ id: string }> {
    await ctx.streams.decide(licenceStream(data.licenceId), licenceDecider, {
      type: 'staff.ExpireLicence',
      data,
      meta: ctx.meta,
    });
    return { id: data.licenceId };
  },
});
