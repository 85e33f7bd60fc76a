import { defineCommand, defineEvent, z } from '@hms/sdk';
import { recorded } from './employee.events';

/** A badge kiosk clocks its holder in or out; the time is the kernel's clock when the badge was read. */
export const ClockIn = defineCommand(
  'staff.ClockIn',
  z.strictObject({ employeeId: z.uuid(), kioskId: z.string().min(1).max(60) }),
  'Clock in at a badge kiosk',
).returns<{ employeeId: string; status: 'in' | 'out'; at: string }>();
export const ClockOut = defineCommand(
  'staff.ClockOut',
  z.strictObject({ employeeId: z.uuid(), kioskId: z.string().min(1).max(60) }),
  'Clock out at a badge kiosk',
).returns<{ employeeId: string; status: 'in' | 'out'; at: string }>();

export const ClockedIn = defineEvent(
  'staff.ClockedIn',
  z.object({ ...recorded, employeeId: z.uuid(), kioskId: z.string() }),
  { description: 'An employee clocked in' },
);
export const ClockedOut = defineEvent(
  'staff.ClockedOut',
  z.object({
    ...recorded,
    employeeId: z.uuid(),
    kioskId: z.string(),
    clockedInAt: z.iso.datetime(),
  }),
  { description: 'An employee clocked out (with the time they clocked in, so a session reads from one event)' },
);

export const ATTENDANCE_EVENTS = [ClockedIn, ClockedOut] as const;
