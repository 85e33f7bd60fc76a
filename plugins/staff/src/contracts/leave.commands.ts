import { defineCommand, z } from '@hms/sdk';
import { leaveTypeSchema, reasonSchema } from './schemas';

export const RequestLeave = defineCommand(
  'staff.RequestLeave',
  z
    .strictObject({
      employeeId: z.uuid(),
      type: leaveTypeSchema,
      from: z.iso.date(),
      to: z.iso.date(),
      /** Working days the leave takes (a nurse on 3 long days a week takes 3 days for a week away). */
      days: z.number().positive().max(366),
      note: z.string().trim().max(500).optional(),
    })
    .refine((d) => d.from <= d.to, { message: 'from must not be after to', path: ['to'] }),
  'Ask for leave',
).returns<{ id: string; status: 'pending' | 'approved' | 'refused' | 'cancelled' }>();

export const ApproveLeave = defineCommand(
  'staff.ApproveLeave',
  z.strictObject({ employeeId: z.uuid(), requestId: z.uuid() }),
  'Approve a leave request',
).returns<{ id: string; status: 'pending' | 'approved' | 'refused' | 'cancelled' }>();
export const RefuseLeave = defineCommand(
  'staff.RefuseLeave',
  z.strictObject({ employeeId: z.uuid(), requestId: z.uuid(), reason: reasonSchema }),
  'Refuse a leave request, saying why',
).returns<{ id: string; status: 'pending' | 'approved' | 'refused' | 'cancelled' }>();
export const CancelLeave = defineCommand(
  'staff.CancelLeave',
  z.strictObject({ employeeId: z.uuid(), requestId: z.uuid() }),
  'Cancel a pending request, or approved leave that has not started',
).returns<{ id: string; status: 'pending' | 'approved' | 'refused' | 'cancelled' }>();
