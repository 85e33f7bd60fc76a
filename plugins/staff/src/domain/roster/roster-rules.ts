import { HOUR_MS } from '@hms/sdk';
import type { LeaveBlock, RosterRule, RosterRules, RosterStaff } from './roster.model';
import type { ShiftInstance } from './shift-instance';

/**
 * The hard rules for one person on one shift, shared by the generator and the checker so they cannot drift.
 * `fixedBlock` covers what does not depend on the rest of the roster (skill, ward, licence, leave); a
 * {@link PersonLoad} covers what does (double booking, rest, weekly hours).
 */
export function fixedBlock(
  person: RosterStaff,
  shift: ShiftInstance,
  skill: string,
  leave: readonly LeaveBlock[],
): RosterRule | null {
  const held = person.skills.find((s) => s.skill === skill);
  if (held === undefined || !person.wardIds.includes(shift.type.wardId)) return 'skill';
  // A licence is valid through its expiry date, and must be for the whole shift (a night ending on the day after expiry
  // is out).
  if (held.validUntil !== null && shift.lastDate > held.validUntil) return 'licence';
  if (leave.some((l) => l.from <= shift.lastDate && shift.date <= l.to)) return 'leave';
  return null;
}

interface Booked {
  readonly key: string;
  readonly start: number;
  readonly end: number;
}

/** One person's shifts so far, with the totals the rules and the fairness score need. */
export class PersonLoad {
  readonly booked: Booked[] = [];
  readonly weekHours = new Map<string, number>();
  hours = 0;
  nights = 0;
  weekends = 0;

  constructor(
    readonly person: RosterStaff,
    private readonly rules: RosterRules,
  ) {}

  /** The first of `double-booked`, `rest`, `max-hours` this shift would break, or null. */
  blockOf(shift: ShiftInstance): RosterRule | null {
    const rest = this.rules.minRestHours * HOUR_MS;
    let tooClose = false;
    for (const b of this.booked) {
      if (b.start < shift.end && shift.start < b.end) return 'double-booked';
      if (shift.start < b.end + rest && b.start < shift.end + rest) tooClose = true;
    }
    if (tooClose) return 'rest';
    if ((this.weekHours.get(shift.week) ?? 0) + shift.hours > this.weeklyLimit() + 1e-9) return 'max-hours';
    return null;
  }

  weeklyLimit(): number {
    return Math.min(this.person.maxHoursPerWeek, this.rules.maxHoursPerWeek);
  }

  add(shift: ShiftInstance): void {
    this.booked.push({ key: shift.key, start: shift.start, end: shift.end });
    this.count(shift, 1);
  }

  remove(shift: ShiftInstance): void {
    const at = this.booked.findIndex((b) => b.key === shift.key);
    if (at >= 0) this.booked.splice(at, 1);
    this.count(shift, -1);
  }

  private count(shift: ShiftInstance, sign: 1 | -1): void {
    this.weekHours.set(shift.week, (this.weekHours.get(shift.week) ?? 0) + sign * shift.hours);
    this.hours += sign * shift.hours;
    if (shift.night) this.nights += sign;
    if (shift.weekend) this.weekends += sign;
  }
}

/** Rules in words, for breaches and uncovered needs. */
export function describeRule(rule: RosterRule, rules: RosterRules): string {
  switch (rule) {
    case 'min-staff':
      return 'below the minimum staffing';
    case 'skill':
      return 'without the skill on this ward';
    case 'licence':
      return 'licence expired by the shift';
    case 'leave':
      return 'on leave';
    case 'double-booked':
      return 'already on an overlapping shift';
    case 'rest':
      return `less than ${rules.minRestHours} h rest between shifts`;
    case 'max-hours':
      return 'over the weekly hours limit';
    case 'fairness':
      return 'uneven nights or weekends';
  }
}
