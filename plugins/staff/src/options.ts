import { localDateOf, z } from '@hms/sdk';

/**
 * The hospital's workforce rules, given in the distribution's plugin list:
 * `staffPlugin.configure({ timeZone: 'Europe/Lisbon', minRestHours: 12, bankHolidays: ['2027-12-25'] })`. Every
 * option has a default (docs/staff.md lists them); a value out of range stops the start with the option's name.
 */
export const staffOptionsSchema = z.strictObject({
  /** The hospital's time zone: what "today" is (leave balances, licence status, alerts). Default UTC. */
  timeZone: z
    .string()
    .refine((zone) => {
      try {
        new Intl.DateTimeFormat('en', { timeZone: zone });
        return true;
      } catch {
        return false;
      }
    }, 'an IANA time zone, such as Europe/Lisbon')
    .default('UTC'),
  /** Clocking in up to this many minutes after a shift's start is not late. Default 5. */
  lateGraceMinutes: z.number().int().min(0).max(120).default(5),
  /** Staying past a shift's end counts as overtime only beyond this many minutes. Default 15. */
  overtimeAfterMinutes: z.number().int().min(0).max(240).default(15),
  /** Hours between the end of one shift and the start of the next (hard roster rule). Default 11. */
  minRestHours: z.number().min(0).max(24).default(11),
  /** The hospital's weekly ceiling, Monday to Sunday (hard roster rule). Default 48. */
  maxWeeklyHours: z.number().min(1).max(168).default(48),
  /** Most minus fewest nights (and weekend shifts) between people (soft roster rule). Default 1. */
  fairnessTolerance: z.number().int().min(0).max(31).default(1),
  /** Full-time days of annual leave a year. Default 27. */
  annualLeaveDays: z.number().min(0).max(100).default(27),
  /** Full-time days of study leave a year. Default 5. */
  studyLeaveDays: z.number().min(0).max(100).default(5),
  /** Unused annual leave carried into the next leave year, at most (0: none carries). Default 5. */
  maxCarryOverDays: z.number().min(0).max(100).default(5),
  /**
   * The hospital's bank (public) holidays, as dates: hours worked on a shift starting that day are counted as
   * bank-holiday hours, which a pay group's per-hour rule (`hoursOf: 'bank-holiday'`) pays. Default none.
   */
  bankHolidays: z.array(z.iso.date()).max(1000).default([]),
  /** The role told of licences expiring or expired (`staff.licence-expiring`, `-expired`). Default hr-officer. */
  licenceAlertRole: z
    .string()
    .regex(/^[a-z][a-z0-9-]*$/, 'a role name in lower case, such as hr-officer')
    .default('hr-officer'),
  /**
   * Days before a licence's expiry date at which its holder and HR are reminded (`staff.licence-expiring`), once per
   * horizon. Default 60, 30 and 7.
   */
  licenceReminderDays: z.array(z.number().int().min(0).max(365)).min(1).max(10).default([60, 30, 7]),
});

export type StaffPluginOptions = z.input<typeof staffOptionsSchema>;
export type StaffRules = z.output<typeof staffOptionsSchema>;

/** The options with their defaults; throws naming the option when one is out of range. */
export function staffRules(options: unknown): StaffRules {
  const parsed = staffOptionsSchema.safeParse(options ?? {});
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new Error(`staff plugin option ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
}

/** Today's date in the hospital's time zone. */
export const hospitalToday = (now: string, rules: Pick<StaffRules, 'timeZone'>): string =>
  localDateOf(Date.parse(now), rules.timeZone);
