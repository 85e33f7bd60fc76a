import { handleCommand } from '@hms/sdk';
import { HireEmployee } from '../contracts/employee.commands';
import { EMPLOYEE_MANAGE } from '../contracts/permissions';
import { employeeDecider } from '../domain/employee/employee.decider';
import { employeeStream } from '../domain/streams';
import { assertDepartmentUsable } from './departments';
import { assertAccountFree, assertStaffNumberFree } from './staff-numbers';

/**
 * Hires with a new id, or with the id given: how an installation that named practitioners by bare ids in its
 * schedules brings them into staff (HR hires the person under the id their calendar already has). A used id is
 * refused by the decider (409 EMPLOYEE_ALREADY_HIRED).
 */
export const hireEmployeeHandler = handleCommand(HireEmployee, {
  permission: EMPLOYEE_MANAGE,
  async handle(data, ctx): Promise<{ id: string }> {
    const employeeId = data.employeeId ?? ctx.newId();
    await assertStaffNumberFree(ctx, data.staffNumber);
    await assertAccountFree(ctx, data.accountId, employeeId);
    await assertDepartmentUsable(ctx, data.departmentId);
    await ctx.streams.decide(employeeStream(employeeId), employeeDecider, {
      type: 'staff.HireEmployee',
      data: { ...data, employeeId, termId: ctx.newId() },
      meta: ctx.meta,
    });
    return { id: employeeId };
  },
});
