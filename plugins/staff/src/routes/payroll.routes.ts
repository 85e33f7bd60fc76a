import { defineRoute, z, type RouteDefinition, type RouteResponse } from '@hms/sdk';
import {
  DefinePayGroup,
  GetOwnPayslip,
  GetPayRun,
  GetPayslip,
  ListOwnPayslips,
  ListPayRuns,
  ownPayslipListSchema,
  payRunListSchema,
  payRunViewSchema,
} from '../contracts/pay-group.contracts';
import { LockPayRun, StartPayRun } from '../contracts/payroll.contracts';
import { payPolicySchema, payslipSchema } from '../contracts/payroll.schemas';

const payslipResponse = (result: { payslip: unknown; pdf?: Buffer }): RouteResponse =>
  result.pdf
    ? {
        body: result.pdf,
        headers: { 'content-type': 'application/pdf', 'content-disposition': 'inline; filename="payslip.pdf"' },
      }
    : { body: result.payslip };

export const payrollRoutes: RouteDefinition[] = [
  defineRoute({
    method: 'PUT',
    path: '/staff/pay-groups/:payGroup',
    summary: "Define a pay group's currency, overtime multiplier, earnings and deductions",
    command: DefinePayGroup,
    body: z.strictObject({ policy: payPolicySchema }),
    input: ({ body, params }) =>
      typeof body === 'object' && body !== null && !Array.isArray(body) ? { ...body, payGroup: params.payGroup } : body,
  }),
  defineRoute({
    method: 'GET',
    path: '/staff/pay-runs',
    summary: 'Pay runs, newest period first',
    query: ListPayRuns,
    queryString: ListPayRuns.schema,
    response: payRunListSchema,
  }),
  defineRoute({
    method: 'POST',
    path: '/staff/pay-runs',
    summary:
      'Start calculating (or recalculating) a pay run for a period in the background; follow its progress on the run. Refused once the period is locked',
    command: StartPayRun,
    status: 202,
  }),
  defineRoute({
    method: 'POST',
    path: '/staff/pay-runs/lock',
    summary: 'Lock a calculated pay run: final, never run again',
    command: LockPayRun,
  }),
  defineRoute({
    method: 'GET',
    path: '/staff/pay-runs/:payGroup/:from/:to',
    summary: "A pay run's payslips",
    query: GetPayRun,
    response: payRunViewSchema,
  }),
  defineRoute({
    method: 'GET',
    path: '/staff/pay-runs/:payGroup/:from/:to/payslips/:employeeId',
    summary: 'One payslip (JSON, or PDF with ?format=pdf)',
    query: GetPayslip,
    queryString: z.object({ format: z.enum(['json', 'pdf']).optional() }),
    response: payslipSchema,
    respond: payslipResponse,
  }),
  defineRoute({
    method: 'GET',
    path: '/staff/employees/:employeeId/payslips',
    summary: "One's own payslips of locked pay runs (self-service: never someone else's)",
    query: ListOwnPayslips,
    response: ownPayslipListSchema,
  }),
  defineRoute({
    method: 'GET',
    path: '/staff/employees/:employeeId/payslips/:payGroup/:from/:to',
    summary: "One's own payslip of a locked pay run (JSON, or PDF with ?format=pdf)",
    query: GetOwnPayslip,
    queryString: z.object({ format: z.enum(['json', 'pdf']).optional() }),
    response: payslipSchema,
    respond: payslipResponse,
  }),
];
