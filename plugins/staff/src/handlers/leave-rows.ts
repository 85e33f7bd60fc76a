import type { LeaveRequestView } from '../contracts/queries';

export interface LeaveRow {
  id: string;
  employee_id: string;
  employee_name: string;
  type: LeaveRequestView['type'];
  from_date: string;
  to_date: string;
  days: string;
  note: string | null;
  status: LeaveRequestView['status'];
  reason: string | null;
  requested_at: Date;
  decided_at: Date | null;
}

export const LEAVE_ROWS = `
  SELECT r.id, r.employee_id, e.given_name || ' ' || e.family_name AS employee_name, r.type,
         to_char(r.from_date, 'YYYY-MM-DD') AS from_date, to_char(r.to_date, 'YYYY-MM-DD') AS to_date,
         r.days::text AS days, r.note, r.status, r.reason, r.requested_at, r.decided_at
    FROM staff.leave_requests r JOIN staff.employees e ON e.id = r.employee_id`;

export const leaveFromRow = (row: LeaveRow): LeaveRequestView => ({
  id: row.id,
  employeeId: row.employee_id,
  employeeName: row.employee_name,
  type: row.type,
  from: row.from_date,
  to: row.to_date,
  days: Number(row.days),
  note: row.note,
  status: row.status,
  reason: row.reason,
  requestedAt: row.requested_at.toISOString(),
  decidedAt: row.decided_at?.toISOString() ?? null,
});
