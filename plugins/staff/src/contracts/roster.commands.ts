import { defineCommand, z } from '@hms/sdk';
import { reasonSchema } from './schemas';

/** One rostered shift: a shift type of a ward on a date (the date the shift starts). */
export const rosteredShiftSchema = z.object({
  wardId: z.uuid(),
  shiftCode: z.string().min(1).max(20),
  date: z.iso.date(),
});

/** One person on one shift, covering one skill of the shift's requirements. */
export const assignmentSchema = rosteredShiftSchema.extend({ employeeId: z.uuid(), skill: z.string().min(1).max(40) });

export const PublishRoster = defineCommand(
  'staff.PublishRoster',
  z.strictObject({
    wardId: z.uuid(),
    period: z.object({ from: z.iso.date(), to: z.iso.date() }),
    assignments: z.array(assignmentSchema).max(20_000),
    /** The ward manager accepts publishing with shifts below their minimum (the gaps go to the staffing office). */
    acknowledgeShortfalls: z.boolean().default(false),
  }),
  "Publish (or republish) a ward's roster for a period; it is checked against the hard rules first",
).returns<{ wardId: string; version: number; shortfalls: number }>();

export const RequestShiftSwap = defineCommand(
  'staff.RequestShiftSwap',
  z.strictObject({
    requesterId: z.uuid(),
    colleagueId: z.uuid(),
    /** The requester's shift the colleague would work. */
    gives: rosteredShiftSchema,
    /** The colleague's shift the requester would work in return; left out when the shift is simply handed over. */
    takes: rosteredShiftSchema.optional(),
  }),
  'Ask a colleague to swap (or take) a rostered shift',
).returns<{ id: string; status: 'requested' | 'accepted' | 'declined' | 'approved' | 'refused' | 'withdrawn' }>();
export const AcceptShiftSwap = defineCommand(
  'staff.AcceptShiftSwap',
  z.strictObject({ swapId: z.uuid() }),
  'The colleague agrees to the swap',
).returns<{ id: string; status: 'requested' | 'accepted' | 'declined' | 'approved' | 'refused' | 'withdrawn' }>();
export const DeclineShiftSwap = defineCommand(
  'staff.DeclineShiftSwap',
  z.strictObject({ swapId: z.uuid(), reason: reasonSchema.optional() }),
  'The colleague declines the swap',
).returns<{ id: string; status: 'requested' | 'accepted' | 'declined' | 'approved' | 'refused' | 'withdrawn' }>();
export const ApproveShiftSwap = defineCommand(
  'staff.ApproveShiftSwap',
  z.strictObject({ swapId: z.uuid() }),
  "The ward manager approves the swap; the roster's hard rules are checked first",
).returns<{ id: string; status: 'requested' | 'accepted' | 'declined' | 'approved' | 'refused' | 'withdrawn' }>();
export const RefuseShiftSwap = defineCommand(
  'staff.RefuseShiftSwap',
  z.strictObject({ swapId: z.uuid(), reason: reasonSchema }),
  'The ward manager refuses the swap, saying why',
).returns<{ id: string; status: 'requested' | 'accepted' | 'declined' | 'approved' | 'refused' | 'withdrawn' }>();
export const WithdrawShiftSwap = defineCommand(
  'staff.WithdrawShiftSwap',
  z.strictObject({ swapId: z.uuid() }),
  'The requester withdraws the request before it is decided',
).returns<{ id: string; status: 'requested' | 'accepted' | 'declined' | 'approved' | 'refused' | 'withdrawn' }>();
