import { handleQuery } from '@hms/sdk';
import { EMPLOYEE_READ } from '../contracts/permissions';
import { GetEmployee, type EmployeeView } from '../contracts/queries';
import { loadEmployeeView } from './employee-rows';
import { hospitalToday, staffRules } from '../options';

export const getEmployeeHandler = handleQuery(GetEmployee, {
  permission: EMPLOYEE_READ,
  handle: ({ employeeId }, ctx): Promise<EmployeeView> =>
    loadEmployeeView(ctx.sql, hospitalToday(ctx.now, staffRules(ctx.options)), { employeeId }),
});
