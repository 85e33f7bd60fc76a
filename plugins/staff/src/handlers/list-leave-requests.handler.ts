import { handleQuery } from '@hms/sdk';
import { LEAVE_APPROVE } from '../contracts/permissions';
import { ListLeaveRequests, type LeaveRequestView } from '../contracts/queries';
import { LEAVE_ROWS, leaveFromRow, type LeaveRow } from './leave-rows';

/** Approvals (pending first) and the team calendar (a date range, approved only when asked). */
export const listLeaveRequestsHandler = handleQuery(ListLeaveRequests, {
  permission: LEAVE_APPROVE,
  async handle(params, ctx): Promise<{ items: LeaveRequestView[] }> {
    const rows = await ctx.sql.query<LeaveRow>(
      `${LEAVE_ROWS}
        WHERE ($1::text IS NULL OR r.status = $1) AND ($2::uuid IS NULL OR r.employee_id = $2)
          AND ($3::date IS NULL OR r.to_date >= $3) AND ($4::date IS NULL OR r.from_date <= $4)
        ORDER BY r.status <> 'pending', r.from_date, r.id LIMIT $5`,
      [params.status ?? null, params.employeeId ?? null, params.from ?? null, params.to ?? null, params.limit],
    );
    return { items: rows.map(leaveFromRow) };
  },
});
