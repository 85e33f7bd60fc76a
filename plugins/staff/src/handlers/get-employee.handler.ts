import { handleQuery } from '@hms/sdk';
import { EMPLOYEE_READ } from '../contracts/permissions';
import { GetEmployee, type EmployeeView } from '../contracts/queries';
import { loadEmployeeView } from './employee-rows';

export const getEmployeeHandler = handleQuery(GetEmployee, {
  permission: EMPLOYEE_READ,
  handle: ({ employeeId }, ctx): Promise<EmployeeView> =>
    loadEmployeeView(ctx.sql, ctx.now.slice(0, 10), { employeeId }),
});
