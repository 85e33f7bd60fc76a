import { defineQuery, z } from '@hms/sdk';
import { assignmentSchema, rosteredShiftSchema } from './roster.commands';
import { shiftTypeSchema } from './ward-shifts.contracts';

const period = { from: z.iso.date(), to: z.iso.date() };

export const breachSchema = z.object({
  rule: z.enum(['min-staff', 'skill', 'licence', 'leave', 'double-booked', 'rest', 'max-hours', 'fairness']),
  severity: z.enum(['hard', 'soft']),
  employeeId: z.string().optional(),
  shift: z.object({ wardId: z.string(), shiftCode: z.string(), date: z.iso.date() }).optional(),
  /** In words, naming people by id (screens put the names in). */
  message: z.string(),
});
export const uncoveredNeedSchema = z.object({
  wardId: z.string(),
  shiftCode: z.string(),
  date: z.iso.date(),
  skill: z.string(),
  needed: z.number().int(),
  assigned: z.number().int(),
  because: z.array(z.string()),
  message: z.string(),
});
export const rosterProposalSchema = z.object({
  assignments: z.array(assignmentSchema),
  /** The seats the generator left empty rather than break a hard rule, and why. */
  uncovered: z.array(uncoveredNeedSchema),
  /** Soft breaches (fairness) of the proposal; never a hard one but the empty seats. */
  breaches: z.array(breachSchema),
});
export type RosterProposal = z.infer<typeof rosterProposalSchema>;
export const rosterCheckSchema = z.object({ breaches: z.array(breachSchema) });
export type RosterCheck = z.infer<typeof rosterCheckSchema>;

export const ProposeRoster = defineQuery(
  'staff.ProposeRoster',
  z.object({ wardId: z.uuid(), ...period }),
  "Generate a roster for a ward's period from its staff, skills, licences, leave and shift types (nothing is saved)",
).returns<RosterProposal>();

export const CheckRoster = defineQuery(
  'staff.CheckRoster',
  z.object({ wardId: z.uuid(), ...period, assignments: z.array(assignmentSchema).max(20_000) }),
  'Check a roster edited by hand against the same rules, every breach in words',
).returns<RosterCheck>();

export const publishedRosterSchema = z.object({
  wardId: z.uuid(),
  from: z.iso.date(),
  to: z.iso.date(),
  version: z.number().int(),
  publishedAt: z.iso.datetime(),
  shortfalls: z.number().int(),
  assignments: z.array(assignmentSchema),
});
export type PublishedRoster = z.infer<typeof publishedRosterSchema>;
export const rosterListSchema = z.object({ items: z.array(publishedRosterSchema) });

export const ListRosters = defineQuery(
  'staff.ListRosters',
  z
    .object({ wardId: z.uuid().optional(), employeeId: z.uuid().optional(), ...period })
    .refine((q) => q.wardId !== undefined || q.employeeId !== undefined, {
      message: 'Give a wardId or an employeeId',
      path: ['wardId'],
    }),
  'Published rosters overlapping a range of dates, of a ward or with one person on them (my shifts)',
).returns<z.infer<typeof rosterListSchema>>();

export const wardShiftsSchema = z.object({
  wardId: z.uuid(),
  timeZone: z.string(),
  shiftTypes: z.array(shiftTypeSchema),
});
export type WardShifts = z.infer<typeof wardShiftsSchema>;
export const GetWardShifts = defineQuery(
  'staff.GetWardShifts',
  z.object({ wardId: z.uuid() }),
  "A ward's shift types and time zone",
).returns<WardShifts>();

export const shiftSwapViewSchema = z.object({
  id: z.uuid(),
  requesterId: z.uuid(),
  colleagueId: z.uuid(),
  wardId: z.uuid(),
  gives: rosteredShiftSchema,
  takes: rosteredShiftSchema.nullable(),
  status: z.enum(['requested', 'accepted', 'declined', 'approved', 'refused', 'withdrawn']),
  reason: z.string().nullable(),
  requestedAt: z.iso.datetime(),
});
export type ShiftSwapView = z.infer<typeof shiftSwapViewSchema>;
export const shiftSwapListSchema = z.object({ items: z.array(shiftSwapViewSchema) });

export const ListShiftSwaps = defineQuery(
  'staff.ListShiftSwaps',
  z.object({
    status: z.enum(['requested', 'accepted', 'declined', 'approved', 'refused', 'withdrawn']).optional(),
    wardId: z.uuid().optional(),
  }),
  "Shift swaps: a ward manager's to decide (status=accepted), or one's own",
).returns<z.infer<typeof shiftSwapListSchema>>();
