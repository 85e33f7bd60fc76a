import type { Assignment, RosterInput } from '../src/domain/roster/roster.model';
import { placeShift } from '../src/domain/roster/shift-instance';

/**
 * An independent statement of the person-level hard rules, written plainly (every pair of shifts, every week), so
 * the property test does not trust the generator's own rule code. Returns one line per broken rule.
 */
export function brokenHardRules(input: RosterInput, roster: readonly Assignment[]): string[] {
  const broken: string[] = [];
  const restMs = input.rules.minRestHours * 3_600_000;
  const place = (
    a: Assignment,
    context: boolean,
  ): { a: Assignment; s: ReturnType<typeof placeShift>; context: boolean } => {
    const type = input.shiftTypes.find((t) => t.wardId === a.wardId && t.code === a.shiftCode);
    if (type === undefined) throw new Error(`unknown shift ${a.shiftCode}`);
    return { a, s: placeShift(type, a.date, input.rules.timeZone), context };
  };
  // Shifts before the period count for rest and hours; only the roster's own shifts are judged.
  const placed = [...(input.before ?? []).map((a) => place(a, true)), ...roster.map((a) => place(a, false))];
  for (const { a, s, context } of placed) {
    if (context) continue;
    const person = input.staff.find((p) => p.employeeId === a.employeeId);
    const held = person?.skills.find((k) => k.skill === a.skill);
    if (person === undefined || held === undefined || !person.wardIds.includes(a.wardId))
      broken.push(`skill ${a.employeeId} ${s.key}`);
    else if (held.validUntil !== null && s.lastDate > held.validUntil) broken.push(`licence ${a.employeeId} ${s.key}`);
    if (input.leave.some((l) => l.employeeId === a.employeeId && l.from <= s.lastDate && s.date <= l.to))
      broken.push(`leave ${a.employeeId} ${s.key}`);
    for (const other of placed) {
      if (other.a === a || other.a.employeeId !== a.employeeId) continue;
      const gap = Math.max(other.s.start - s.end, s.start - other.s.end);
      if (gap < restMs) broken.push(`rest/overlap ${a.employeeId} ${s.key} ${other.s.key}`);
    }
  }
  const hours = new Map<string, number>();
  const judged = new Set<string>();
  for (const { a, s, context } of placed) {
    const key = `${a.employeeId}|${s.week}`;
    hours.set(key, (hours.get(key) ?? 0) + s.hours);
    if (!context) judged.add(key);
  }
  for (const [key, total] of hours) {
    if (!judged.has(key)) continue; // a week of earlier shifts only is not the roster's doing
    const person = input.staff.find((p) => p.employeeId === key.split('|')[0]);
    if (person !== undefined && total > Math.min(person.maxHoursPerWeek, input.rules.maxHoursPerWeek) + 1e-9)
      broken.push(`max-hours ${key} ${total}`);
  }
  return broken;
}
