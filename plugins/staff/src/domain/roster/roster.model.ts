/**
 * What a roster is made of. Pure data: the handler reads employees, licences, approved leave and the ward's
 * shift types from the read models and passes them in; the generator and the checker never look anything up.
 */

/** A kind of shift on a ward: "E" 07:00–15:00, "N" 20:00–08:00 (an end at or before the start is next day). */
export interface ShiftType {
  readonly wardId: string;
  readonly code: string;
  readonly start: string;
  readonly end: string;
  /** Unpaid break: a 12.5-hour long day with a 30-minute break counts 12 hours towards the week. */
  readonly unpaidBreakMinutes: number;
  /** The hard minimum per skill: "at least 2 rn and 1 hca". */
  readonly requirements: readonly { readonly skill: string; readonly min: number }[];
  /** ISO weekdays (1 = Monday) the shift runs on; every day when left out. */
  readonly weekdays?: readonly number[];
}

/** A skill a person holds; `validUntil` is the expiry of the licence that covers it (null: no licence needed). */
export interface HeldSkill {
  readonly skill: string;
  readonly validUntil: string | null;
}

export interface RosterStaff {
  readonly employeeId: string;
  /** The wards the person works on. */
  readonly wardIds: readonly string[];
  readonly skills: readonly HeldSkill[];
  /** The person's own weekly ceiling (from their contract: a 0.6 FTE post may be capped at 30 hours). */
  readonly maxHoursPerWeek: number;
}

/** Approved leave (and sickness known in advance), dates inclusive. */
export interface LeaveBlock {
  readonly employeeId: string;
  readonly from: string;
  readonly to: string;
}

export interface RosterRules {
  /** The hospital's time zone: shift times are wall-clock times there. */
  readonly timeZone: string;
  /** Hours off between the end of one shift and the start of the next (the Working Time Directive's 11). */
  readonly minRestHours: number;
  /** Hours per week (Monday to Sunday, by the day a shift starts) nobody may exceed (48 under the directive). */
  readonly maxHoursPerWeek: number;
  /**
   * Soft: the largest acceptable gap between the most and the fewest nights (or weekend shifts) among eligible staff.
   */
  readonly fairnessTolerance: number;
}

export interface RosterPeriod {
  readonly from: string;
  readonly to: string;
}

export interface RosterInput {
  readonly period: RosterPeriod;
  readonly staff: readonly RosterStaff[];
  readonly shiftTypes: readonly ShiftType[];
  readonly leave: readonly LeaveBlock[];
  readonly rules: RosterRules;
  /**
   * Shifts already worked or rostered just before the period (the end of the last roster): they are not changed,
   * but the rest and weekly-hours rules count them, so a night on the 31st is not followed by an early on the 1st.
   */
  readonly before?: readonly Assignment[];
}

/** One person on one shift, covering one skill of its requirements. `date` is the day the shift starts. */
export interface Assignment {
  readonly employeeId: string;
  readonly wardId: string;
  readonly shiftCode: string;
  readonly date: string;
  readonly skill: string;
}

/**
 * The hard rules, as breaches and uncovered needs name them: `min-staff` (a shift below its minimum of a skill),
 * `skill` (a person without the skill, or not on that ward), `licence` (the licence covering the skill has
 * expired by the shift), `leave`, `double-booked` (two overlapping shifts), `rest`, `max-hours`; and the soft
 * `fairness`.
 */
export type RosterRule =
  'min-staff' | 'skill' | 'licence' | 'leave' | 'double-booked' | 'rest' | 'max-hours' | 'fairness';
export const HARD_RULES: readonly RosterRule[] = [
  'min-staff',
  'skill',
  'licence',
  'leave',
  'double-booked',
  'rest',
  'max-hours',
];

export interface Breach {
  readonly rule: RosterRule;
  readonly severity: 'hard' | 'soft';
  readonly employeeId?: string;
  readonly shift?: { readonly wardId: string; readonly shiftCode: string; readonly date: string };
  readonly message: string;
}

/** A need the generator could not fill without breaking a hard rule, and why, in words. */
export interface UncoveredNeed {
  readonly wardId: string;
  readonly shiftCode: string;
  readonly date: string;
  readonly skill: string;
  readonly needed: number;
  readonly assigned: number;
  /** The rules that kept the other holders of the skill off the shift, most frequent first. */
  readonly because: readonly RosterRule[];
  readonly message: string;
}

export interface GeneratedRoster {
  readonly assignments: readonly Assignment[];
  readonly uncovered: readonly UncoveredNeed[];
}
