import { defineRoute, z, type RouteDefinition } from '@hms/sdk';
import {
  AddContractTerm,
  ExpireLicence,
  HireEmployee,
  RecordLicence,
  RenewLicence,
  TerminateEmployment,
  UpdateEmployeeDetails,
} from '../contracts/employee.commands';
import {
  employeeListSchema,
  employeeViewSchema,
  GetEmployee,
  GetMyEmployeeRecord,
  licenceAlertListSchema,
  ListEmployees,
  ListLicenceAlerts,
} from '../contracts/queries';

export const employeeRoutes: RouteDefinition[] = [
  defineRoute({
    method: 'GET',
    path: '/staff/employees',
    summary: 'The staff directory',
    description:
      '`?q=` matches part of the name or staff number; `?departmentId=`; leavers only with `?includeLeavers=true`.',
    query: ListEmployees,
    queryString: ListEmployees.schema,
    response: employeeListSchema,
  }),
  defineRoute({
    method: 'POST',
    path: '/staff/employees',
    summary: 'Hire an employee with the first term of their contract',
    description:
      'Give `employeeId` only to bring in a practitioner an existing schedule already names by that id (docs/staff.md).',
    command: HireEmployee,
    status: 201,
    response: z.object({ id: z.uuid() }),
  }),
  defineRoute({
    method: 'GET',
    path: '/staff/me',
    summary: 'My own employee record (self-service)',
    query: GetMyEmployeeRecord,
    response: employeeViewSchema,
  }),
  defineRoute({
    method: 'GET',
    path: '/staff/employees/:employeeId',
    summary: 'One employee record: contact, contract terms and licences',
    query: GetEmployee,
    response: employeeViewSchema,
  }),
  defineRoute({
    method: 'PATCH',
    path: '/staff/employees/:employeeId',
    summary: "Change an employee's contact details, department, position or login account",
    command: UpdateEmployeeDetails,
  }),
  defineRoute({
    method: 'POST',
    path: '/staff/employees/:employeeId/contract-terms',
    summary: 'A new contract term from a date (a pay rise, a new grade, a change of hours)',
    command: AddContractTerm,
    status: 201,
  }),
  defineRoute({
    method: 'POST',
    path: '/staff/employees/:employeeId/terminate',
    summary: 'End the employment on its last day',
    command: TerminateEmployment,
  }),
  defineRoute({
    method: 'POST',
    path: '/staff/employees/:employeeId/licences',
    summary: 'Record a professional registration or licence',
    command: RecordLicence,
    status: 201,
  }),
  defineRoute({
    method: 'GET',
    path: '/staff/licence-alerts',
    summary: 'Licences expiring soon, and expired ones not renewed',
    description: '`?withinDays=` (default 60).',
    query: ListLicenceAlerts,
    queryString: ListLicenceAlerts.schema,
    response: licenceAlertListSchema,
  }),
  defineRoute({
    method: 'POST',
    path: '/staff/licences/:licenceId/expire',
    summary: 'Mark a licence expired (the nightly job does this; refused while it is still valid)',
    command: ExpireLicence,
  }),
  defineRoute({
    method: 'POST',
    path: '/staff/licences/:licenceId/renew',
    summary: 'Renew a licence to a later expiry date',
    command: RenewLicence,
  }),
];
