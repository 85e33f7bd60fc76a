import { defineRoute, z, type RouteDefinition } from '@hms/sdk';
import { leaveTypeSchema } from '../contracts/schemas';
import { ApproveLeave, CancelLeave, RefuseLeave, RequestLeave } from '../contracts/leave.commands';
import { GetLeaveOverview, leaveRequestListSchema, ListLeaveRequests, myLeaveSchema } from '../contracts/queries';

export const leaveRoutes: RouteDefinition[] = [
  defineRoute({
    method: 'GET',
    path: '/staff/leave',
    summary: 'Leave requests: approvals and the team calendar',
    description: '`?status=pending` for approvals; `?from=&to=` for leave touching those dates; `?employeeId=`.',
    query: ListLeaveRequests,
    queryString: ListLeaveRequests.schema,
    response: leaveRequestListSchema,
  }),
  defineRoute({
    method: 'GET',
    path: '/staff/employees/:employeeId/leave',
    summary: "An employee's balances this leave year and their requests",
    query: GetLeaveOverview,
    response: myLeaveSchema,
  }),
  defineRoute({
    method: 'POST',
    path: '/staff/employees/:employeeId/leave',
    summary: 'Ask for leave',
    command: RequestLeave,
    status: 201,
    body: z.strictObject({
      type: leaveTypeSchema,
      from: z.iso.date(),
      to: z.iso.date(),
      days: z.number().positive().max(366),
      note: z.string().max(500).optional(),
    }),
    response: z.object({ id: z.uuid(), status: z.literal('pending') }),
  }),
  defineRoute({
    method: 'POST',
    path: '/staff/employees/:employeeId/leave/:requestId/approve',
    summary: 'Approve a leave request',
    command: ApproveLeave,
  }),
  defineRoute({
    method: 'POST',
    path: '/staff/employees/:employeeId/leave/:requestId/refuse',
    summary: 'Refuse a leave request, with the reason',
    command: RefuseLeave,
  }),
  defineRoute({
    method: 'POST',
    path: '/staff/employees/:employeeId/leave/:requestId/cancel',
    summary: 'Cancel a pending request, or approved leave that has not started',
    command: CancelLeave,
  }),
];
