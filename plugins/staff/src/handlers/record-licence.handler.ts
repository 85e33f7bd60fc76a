import { handleCommand } from '@hms/sdk';
import { RecordLicence } from '../contracts/employee.commands';
import { EMPLOYEE_MANAGE } from '../contracts/permissions';
import { employeeDecider } from '../domain/employee/employee.decider';
import { licenceDecider } from '../domain/licence/licence.decider';
import { employeeStream, licenceStream } from '../domain/streams';
import { requireEmployed } from './require-employed';

export const recordLicenceHandler = handleCommand(RecordLicence, {
  permission: EMPLOYEE_MANAGE,
  preload: (data) => [employeeStream(data.employeeId)],
  async handle(data, ctx): Promise<{ id: string }> {
    const employee = await ctx.streams.load(employeeStream(data.employeeId), employeeDecider);
    requireEmployed(employee.state, data.employeeId);
    const licenceId = ctx.newId();
    await ctx.streams.decide(licenceStream(licenceId), licenceDecider, {
      type: 'staff.RecordLicence',
      data: { ...data, licenceId },
      meta: ctx.meta,
    });
    return { id: licenceId };
  },
});
