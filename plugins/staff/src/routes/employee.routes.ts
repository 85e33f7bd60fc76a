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
  practitionerListSchema,
  practitionerSchema,
  ResolveAccounts,
  ResolvePractitioners,
} from '../contracts/queries';

/** `?ids=a,b`: a comma-separated list in the query string (ids of staff, never of patients). */
const listOf = (value: unknown): string[] =>
  typeof value === 'string'
    ? value
        .split(',')
        .map((v) => v.trim())
        .filter((v) => v.length > 0)
    : [];

export const employeeRoutes: RouteDefinition[] = [
  defineRoute({
    method: 'GET',
    path: '/staff/directory/practitioners',
    summary: 'Practitioners by employee id: name, position, department and licence status (the web client names ids)',
    description: '`?ids=a,b` (at most 200). Unknown ids are left out.',
    query: ResolvePractitioners,
    queryString: z.object({ ids: z.string() }),
    input: ({ query }) => ({ ids: listOf(query.ids) }),
    response: practitionerListSchema,
  }),
  defineRoute({
    method: 'GET',
    path: '/staff/directory/accounts',
    summary: 'Employees by login account: name and position (a note’s signer, named on the note screen)',
    description: '`?accountIds=a,b` (at most 200). Accounts linked to no employee are left out.',
    query: ResolveAccounts,
    queryString: z.object({ accountIds: z.string() }),
    input: ({ query }) => ({ accountIds: listOf(query.accountIds) }),
    response: z.object({ items: z.array(practitionerSchema.extend({ accountId: z.string() })) }),
  }),
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
