import { handleCommand } from '@hms/sdk';
import { TerminateEmployment } from '../contracts/employee.commands';
import { EMPLOYEE_MANAGE } from '../contracts/permissions';
import { employeeDecider } from '../domain/employee/employee.decider';
import { employeeStream } from '../domain/streams';

export const terminateEmploymentHandler = handleCommand(TerminateEmployment, {
  permission: EMPLOYEE_MANAGE,
  async handle(data, ctx): Promise<{ id: string }> {
    await ctx.streams.decide(employeeStream(data.employeeId), employeeDecider, {
      type: 'staff.TerminateEmployment',
      data,
      meta: ctx.meta,
    });
    return { id: data.employeeId };
  },
});
