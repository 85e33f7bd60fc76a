import { defineRoute, z, type RouteDefinition } from '@hms/sdk';
import {
  DefineDepartment,
  departmentListSchema,
  ListDepartments,
  RenameDepartment,
  RetireDepartment,
} from '../contracts/department.contracts';

export const departmentRoutes: RouteDefinition[] = [
  defineRoute({
    method: 'GET',
    path: '/staff/departments',
    summary: 'Departments and wards by name, with ids in use nobody has named yet',
    query: ListDepartments,
    response: departmentListSchema,
  }),
  defineRoute({
    method: 'POST',
    path: '/staff/departments',
    summary: 'Put a department on the list (give `departmentId` to name an id employees already carry)',
    command: DefineDepartment,
    status: 201,
    response: z.object({ id: z.uuid() }),
  }),
  defineRoute({
    method: 'PATCH',
    path: '/staff/departments/:departmentId',
    summary: 'Rename a department',
    command: RenameDepartment,
  }),
  defineRoute({
    method: 'POST',
    path: '/staff/departments/:departmentId/retire',
    summary: 'Retire a department nobody is in any more',
    command: RetireDepartment,
  }),
];
