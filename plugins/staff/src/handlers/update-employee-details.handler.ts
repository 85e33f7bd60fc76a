import { handleCommand } from '@hms/sdk';
import { UpdateEmployeeDetails } from '../contracts/employee.commands';
import { EMPLOYEE_MANAGE } from '../contracts/permissions';
import { employeeDecider } from '../domain/employee/employee.decider';
import { employeeStream } from '../domain/streams';
import { assertDepartmentUsable } from './departments';
import { assertAccountFree } from './staff-numbers';

export const updateEmployeeDetailsHandler = handleCommand(UpdateEmployeeDetails, {
  permission: EMPLOYEE_MANAGE,
  async handle(data, ctx): Promise<{ id: string }> {
    await assertAccountFree(ctx, data.accountId, data.employeeId);
    if (data.departmentId !== undefined) await assertDepartmentUsable(ctx, data.departmentId);
    await ctx.streams.decide(employeeStream(data.employeeId), employeeDecider, {
      type: 'staff.UpdateEmployeeDetails',
      data,
      meta: ctx.meta,
    });
    return { id: data.employeeId };
  },
});
