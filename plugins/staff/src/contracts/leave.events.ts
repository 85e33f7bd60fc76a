import { defineEvent, z } from '@hms/sdk';
import { recorded } from './employee.events';
import { leaveTypeSchema } from './schemas';

const request = { employeeId: z.uuid(), requestId: z.uuid() };

export const LeaveRequested = defineEvent(
  'staff.LeaveRequested',
  z.object({
    ...recorded,
    ...request,
    type: leaveTypeSchema,
    from: z.iso.date(),
    to: z.iso.date(),
    days: z.number(),
    note: z.string().optional(),
  }),
  { description: 'An employee asked for leave' },
);
export const LeaveApproved = defineEvent('staff.LeaveApproved', z.object({ ...recorded, ...request }), {
  description: 'A leave request was approved: the roster keeps the employee off for those days',
});
export const LeaveRefused = defineEvent(
  'staff.LeaveRefused',
  z.object({ ...recorded, ...request, reason: z.string() }),
  { description: 'A leave request was refused, with the reason' },
);
export const LeaveCancelled = defineEvent('staff.LeaveCancelled', z.object({ ...recorded, ...request }), {
  description: 'A leave request or approved leave was cancelled; its days return to the balance',
});

export const LEAVE_EVENTS = [LeaveRequested, LeaveApproved, LeaveRefused, LeaveCancelled] as const;
