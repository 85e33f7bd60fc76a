import { describeRule, fixedBlock, PersonLoad } from './roster-rules';
import { pushTo } from './roster-needs';
import type { Assignment, Breach, LeaveBlock, RosterInput, RosterRule } from './roster.model';
import { placeShift, shiftKey, shiftsInPeriod, type ShiftInstance } from './shift-instance';
import { fairnessBreaches } from './roster-fairness';

/**
 * Checks a roster (a generated one after manual edits, or one with a swap applied) against the same rules the
 * generator keeps, and lists every breach in words. Hard breaches block publishing or approving a swap; soft
 * ones (fairness) are shown to the ward manager.
 */
export function checkRoster(input: RosterInput, assignments: readonly Assignment[]): Breach[] {
  const { rules } = input;
  const typeOf = new Map(input.shiftTypes.map((t) => [`${t.wardId}|${t.code}`, t]));
  const staffOf = new Map(input.staff.map((p) => [p.employeeId, p]));
  const breaches: Breach[] = [];
  const byPerson = new Map<string, Placed[]>();
  // A shift is placed in time once, however many people are on it.
  const placed = new Map<string, ShiftInstance>();
  const leaveOf = new Map<string, LeaveBlock[]>();
  for (const block of input.leave) pushTo(leaveOf, block.employeeId, block);
  const place = (a: Assignment, context: boolean): void => {
    const type = typeOf.get(`${a.wardId}|${a.shiftCode}`);
    const person = staffOf.get(a.employeeId);
    const where = { wardId: a.wardId, shiftCode: a.shiftCode, date: a.date };
    if (type === undefined || person === undefined) {
      if (!context)
        breaches.push({
          rule: 'skill',
          severity: 'hard',
          employeeId: a.employeeId,
          shift: where,
          message: `${a.employeeId} on ${describe(a)}: unknown shift or person.`,
        });
      return;
    }
    const key = shiftKey(a.wardId, a.shiftCode, a.date);
    const shift = placed.get(key) ?? placeShift(type, a.date, rules.timeZone);
    placed.set(key, shift);
    const fixed = context ? null : fixedBlock(person, shift, a.skill, leaveOf.get(a.employeeId) ?? []);
    if (fixed !== null)
      breaches.push(hard(fixed, a, `${a.employeeId} on ${describe(a)} as ${a.skill}: ${describeRule(fixed, rules)}.`));
    pushTo(byPerson, a.employeeId, { a, shift, context });
  };
  // The shifts before the period only give context to the rest and hours rules; the roster is what is checked.
  for (const a of input.before ?? []) place(a, true);
  for (const a of assignments) place(a, false);
  for (const [employeeId, shifts] of byPerson) {
    const person = staffOf.get(employeeId);
    if (person !== undefined) breaches.push(...personalBreaches(new PersonLoad(person, rules), shifts, input));
  }
  breaches.push(...staffingBreaches(input, assignments));
  breaches.push(...fairnessBreaches(input, byPerson));
  return breaches;
}

/** Double booking, rest and weekly hours: each shift against the ones before it, in time order. */
function personalBreaches(load: PersonLoad, shifts: readonly Placed[], input: RosterInput): Breach[] {
  const breaches: Breach[] = [];
  const overWeeks = new Set<string>();
  for (const { a, shift, context } of [...shifts].sort((x, y) => x.shift.start - y.shift.start)) {
    const block = load.blockOf(shift);
    if (!context && (block === 'double-booked' || block === 'rest')) {
      breaches.push(hard(block, a, `${a.employeeId} on ${describe(a)}: ${describeRule(block, input.rules)}.`));
    }
    load.add(shift);
    if (!context && (load.weekHours.get(shift.week) ?? 0) > load.weeklyLimit() + 1e-9 && !overWeeks.has(shift.week)) {
      overWeeks.add(shift.week);
      breaches.push(
        hard(
          'max-hours',
          a,
          `${a.employeeId} in the week of ${shift.week}: over ${load.weeklyLimit()} h (${describe(a)} goes over).`,
        ),
      );
    }
  }
  return breaches;
}

/** Every shift of the period below its minimum of a skill. */
function staffingBreaches(input: RosterInput, assignments: readonly Assignment[]): Breach[] {
  const count = new Map<string, number>();
  for (const a of assignments) {
    const key = `${shiftKey(a.wardId, a.shiftCode, a.date)}|${a.skill}`;
    count.set(key, (count.get(key) ?? 0) + 1);
  }
  const breaches: Breach[] = [];
  for (const shift of shiftsInPeriod(input.shiftTypes, input.period, input.rules.timeZone)) {
    for (const { skill, min } of shift.type.requirements) {
      const have = count.get(`${shift.key}|${skill}`) ?? 0;
      if (have >= min) continue;
      const where = { wardId: shift.type.wardId, shiftCode: shift.type.code, date: shift.date };
      breaches.push({
        rule: 'min-staff',
        severity: 'hard',
        shift: where,
        message: `Ward ${where.wardId}, shift ${where.shiftCode} on ${where.date}: ${have} of ${min} ${skill}.`,
      });
    }
  }
  return breaches;
}

interface Placed {
  readonly a: Assignment;
  readonly shift: ShiftInstance;
  /** A shift before the period: counted for rest and hours, not itself checked. */
  readonly context: boolean;
}

const describe = (a: Assignment): string => `ward ${a.wardId} shift ${a.shiftCode} on ${a.date}`;

function hard(rule: RosterRule, a: Assignment, message: string): Breach {
  return {
    rule,
    severity: 'hard',
    employeeId: a.employeeId,
    shift: { wardId: a.wardId, shiftCode: a.shiftCode, date: a.date },
    message,
  };
}
