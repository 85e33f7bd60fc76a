import { handleCommand } from '@hms/sdk';
import { AddContractTerm } from '../contracts/employee.commands';
import { EMPLOYEE_MANAGE } from '../contracts/permissions';
import { employeeDecider } from '../domain/employee/employee.decider';
import { employeeStream } from '../domain/streams';

export const addContractTermHandler = handleCommand(AddContractTerm, {
  permission: EMPLOYEE_MANAGE,
  async handle(data, ctx): Promise<{ id: string }> {
    const termId = ctx.newId();
    await ctx.streams.decide(employeeStream(data.employeeId), employeeDecider, {
      type: 'staff.AddContractTerm',
      data: { ...data, termId },
      meta: ctx.meta,
    });
    return { id: termId };
  },
});
