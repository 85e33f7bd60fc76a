import { handleCommand } from '@hms/sdk';
import { ExpireLicence } from '../contracts/employee.commands';
import { EMPLOYEE_MANAGE } from '../contracts/permissions';
import { licenceDecider } from '../domain/licence/licence.decider';
import { licenceStream } from '../domain/streams';
import { hospitalToday, staffRules } from '../options';

/** Sent by the daily job (or by HR); the decider refuses a licence still valid today. */
export const expireLicenceHandler = handleCommand(ExpireLicence, {
  permission: EMPLOYEE_MANAGE,
  prepare: (_data, ctx): Promise<string> => Promise.resolve(hospitalToday(ctx.now, staffRules(ctx.options))),
  async handle(data, ctx, today): Promise<{ id: string }> {
    await ctx.streams.decide(licenceStream(data.licenceId), licenceDecider, {
      type: 'staff.ExpireLicence',
      data: { ...data, today },
      meta: ctx.meta,
    });
    return { id: data.licenceId };
  },
});
