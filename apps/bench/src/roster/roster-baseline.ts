import type { Assignment, RosterInput } from '@hms/plugin-staff';
import { datesBetween, isoWeekday } from '@hms/sdk';

/**
 * The simple baseline: every seat of every shift, in date order, goes to the next person on the ward holding the
 * skill, round-robin, with no rule consulted. As fast as filling a roster can be; its breaches are what the rules
 * would have to catch by hand.
 */
export function roundRobinRoster(input: RosterInput): Assignment[] {
  const next = new Map<string, number>();
  const holders = new Map<string, string[]>();
  for (const person of input.staff) {
    for (const wardId of person.wardIds) {
      for (const { skill } of person.skills) {
        const key = `${wardId}|${skill}`;
        holders.set(key, [...(holders.get(key) ?? []), person.employeeId]);
      }
    }
  }
  const assignments: Assignment[] = [];
  for (const date of datesBetween(input.period.from, input.period.to)) {
    for (const type of input.shiftTypes) {
      if (type.weekdays !== undefined && !type.weekdays.includes(isoWeekday(date))) continue;
      for (const { skill, min } of type.requirements) {
        const key = `${type.wardId}|${skill}`;
        const people = holders.get(key) ?? [];
        for (let seat = 0; seat < min && people.length > 0; seat++) {
          const at = next.get(key) ?? 0;
          next.set(key, at + 1);
          const employeeId = people[at % people.length] ?? '';
          assignments.push({ employeeId, wardId: type.wardId, shiftCode: type.code, date, skill });
        }
      }
    }
  }
  return assignments;
}
