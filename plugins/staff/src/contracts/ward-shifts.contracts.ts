import { defineCommand, defineEvent, z } from '@hms/sdk';
import { recorded } from './employee.events';
import { skillSchema, wallTimeSchema } from './schemas';

/** An IANA time zone the runtime knows ("Europe/Lisbon"). */
export const timeZoneSchema = z.string().refine((zone) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}, 'an IANA time zone such as Europe/Lisbon');

/** A kind of shift on the ward: "E" 07:00–15:00, "N" 20:00–08:00 (an end at or before the start is next day). */
export const shiftTypeSchema = z.strictObject({
  code: z.string().trim().min(1).max(20),
  start: wallTimeSchema,
  end: wallTimeSchema,
  unpaidBreakMinutes: z.number().int().min(0).max(240),
  /** The hard minimum per skill ("at least 2 rn and 1 hca"). */
  requirements: z
    .array(z.strictObject({ skill: skillSchema, min: z.number().int().min(1).max(50) }))
    .min(1)
    .max(20),
  /** ISO weekdays (1 = Monday) the shift runs on; every day when left out. */
  weekdays: z.array(z.number().int().min(1).max(7)).min(1).max(7).optional(),
});
export type ShiftTypeInput = z.infer<typeof shiftTypeSchema>;

/**
 * The ward's (or department's: its id is the employees' department id) shift types and the time zone their
 * wall-clock times are in. Replaces the previous set; published rosters keep the times they were published with.
 */
export const DefineWardShifts = defineCommand(
  'staff.DefineWardShifts',
  z
    .strictObject({
      wardId: z.uuid(),
      timeZone: timeZoneSchema,
      shiftTypes: z.array(shiftTypeSchema).min(1).max(20),
    })
    .refine((d) => new Set(d.shiftTypes.map((t) => t.code)).size === d.shiftTypes.length, {
      message: 'shift codes must be unique on a ward',
      path: ['shiftTypes'],
    }),
  "Define a ward's shift types, their minimum staffing per skill, and its time zone",
).returns<{ wardId: string; version: number }>();

export const WardShiftsDefined = defineEvent(
  'staff.WardShiftsDefined',
  z.object({ ...recorded, wardId: z.uuid(), timeZone: z.string(), shiftTypes: z.array(shiftTypeSchema) }),
  { description: "A ward's shift types and time zone were defined (replacing the previous set)" },
);
