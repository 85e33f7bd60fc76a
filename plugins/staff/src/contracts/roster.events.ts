import { defineEvent, z } from '@hms/sdk';
import { recorded } from './employee.events';
import { assignmentSchema, rosteredShiftSchema } from './roster.commands';

const swap = { swapId: z.uuid() };

export const rosterWindowSchema = z.object({
  employeeId: z.uuid(),
  /** The local date the (first) shift starts. */
  date: z.iso.date(),
  start: z.iso.datetime(),
  end: z.iso.datetime(),
});

export const ShiftSwapRequested = defineEvent(
  'staff.ShiftSwapRequested',
  z.object({
    ...recorded,
    ...swap,
    requesterId: z.uuid(),
    colleagueId: z.uuid(),
    gives: rosteredShiftSchema,
    takes: rosteredShiftSchema.optional(),
  }),
  { description: 'An employee asked a colleague to swap or take a shift' },
);
export const ShiftSwapAccepted = defineEvent('staff.ShiftSwapAccepted', z.object({ ...recorded, ...swap }), {
  description: 'The colleague agreed; the swap waits for the ward manager',
});
export const ShiftSwapDeclined = defineEvent(
  'staff.ShiftSwapDeclined',
  z.object({ ...recorded, ...swap, reason: z.string().optional() }),
  { description: 'The colleague declined the swap' },
);
export const ShiftSwapApproved = defineEvent(
  'staff.ShiftSwapApproved',
  z.object({
    ...recorded,
    ...swap,
    requesterId: z.uuid(),
    colleagueId: z.uuid(),
    gives: rosteredShiftSchema,
    takes: rosteredShiftSchema.optional(),
  }),
  { description: 'The ward manager approved the swap: the roster changes' },
);
export const ShiftSwapRefused = defineEvent(
  'staff.ShiftSwapRefused',
  z.object({ ...recorded, ...swap, reason: z.string() }),
  { description: 'The ward manager refused the swap' },
);
export const ShiftSwapWithdrawn = defineEvent('staff.ShiftSwapWithdrawn', z.object({ ...recorded, ...swap }), {
  description: 'The requester withdrew the swap request',
});

export const RosterPublished = defineEvent(
  'staff.RosterPublished',
  z.object({
    ...recorded,
    wardId: z.uuid(),
    period: z.object({ from: z.iso.date(), to: z.iso.date() }),
    version: z.number().int().positive(),
    assignments: z.array(assignmentSchema),
    /** Shifts published below their minimum of a skill, as the ward manager acknowledged. */
    shortfalls: z.number().int().min(0),
    /**
     * Each person's working windows, the shifts placed in the ward's time zone when published (back-to-back shifts
     * joined): what appointment availability is built from, kept with the roster so a later change of shift times
     * does not move a published one.
     */
    windows: z.array(rosterWindowSchema).optional(),
  }),
  { description: "A ward's roster for a period was published (a later version replaces it)" },
);

export const ROSTER_EVENTS = [
  RosterPublished,
  ShiftSwapRequested,
  ShiftSwapAccepted,
  ShiftSwapDeclined,
  ShiftSwapApproved,
  ShiftSwapRefused,
  ShiftSwapWithdrawn,
] as const;
