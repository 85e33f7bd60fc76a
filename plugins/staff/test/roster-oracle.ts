import type { Assignment, RosterInput } from '../src/domain/roster/roster.model';
import { placeShift } from '../src/domain/roster/shift-instance';

/**
 * An independent statement of the person-level hard rules, written plainly (every pair of shifts, every week), so
 * the property test does not trust the generator's own rule code. Returns one line per broken rule.
 */
export function brokenHardRules(input: RosterInput, roster: readonly Assignment[]): string[] {
  const broken: string[] = [];
  const restMs = input.rules.minRestHours * 3_600_000;
  const placed = roster.map((a) => {
    const type = input.shiftTypes.find((t) => t.wardId === a.wardId && t.code === a.shiftCode);
    if (type === undefined) throw new Error(`unknown shift ${a.shiftCode}`);
    return { a, s: placeShift(type, a.date, input.rules.timeZone) };
  });
  for (const { a, s } of placed) {
    const person = input.staff.find((p) => p.employeeId === a.employeeId);
    const held = person?.skills.find((k) => k.skill === a.skill);
    if (person === undefined || held === undefined || !person.wardIds.includes(a.wardId)) broken.push(`skill ${a.employeeId} ${s.key}`);
    else if (held.validUntil !== null && s.lastDate > held.validUntil) broken.push(`licence ${a.employeeId} ${s.key}`);
    if (input.leave.some((l) => l.employeeId === a.employeeId && l.from <= s.lastDate && s.date <= l.to)) broken.push(`leave ${a.employeeId} ${s.key}`);
    for (const other of placed) {
      if (other === placed.find((x) => x.a === a) || other.a.employeeId !== a.employeeId) continue;
      const gap = Math.max(other.s.start - s.end, s.start - other.s.end);
      if (gap < restMs) broken.push(`rest/overlap ${a.employeeId} ${s.key} ${other.s.key}`);
    }
  }
  const hours = new Map<string, number>();
  for (const { a, s } of placed) hours.set(`${a.employeeId}|${s.week}`, (hours.get(`${a.employeeId}|${s.week}`) ?? 0) + s.hours);
  for (const [key, total] of hours) {
    const person = input.staff.find((p) => p.employeeId === key.split('|')[0]);
    if (person !== undefined && total > Math.min(person.maxHoursPerWeek, input.rules.maxHoursPerWeek) + 1e-9) broken.push(`max-hours ${key} ${total}`);
  }
  return broken;
}
