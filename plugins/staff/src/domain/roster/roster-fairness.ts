import type { Breach, RosterInput } from './roster.model';
import type { ShiftInstance } from './shift-instance';

/**
 * The soft rule: nights and weekend shifts spread evenly among the people who work them. The spread (most minus
 * fewest) above the tolerance is reported once per kind, naming who has the most. Compared are the staff on wards
 * that have such shifts, holding a skill they need, and available the whole period: someone on leave for a week,
 * or whose licence lapses, would always show as having fewer. (Part-timers are compared like full-timers for now.)
 */
export function fairnessBreaches(
  input: RosterInput,
  byPerson: ReadonlyMap<string, readonly { shift: ShiftInstance; context: boolean }[]>,
): Breach[] {
  const kinds = [
    {
      label: 'nights',
      isKind: (s: ShiftInstance): boolean => s.night,
      typeIs: (end: string, start: string): boolean => end <= start,
    },
    { label: 'weekend shifts', isKind: (s: ShiftInstance): boolean => s.weekend, typeIs: (): boolean => true },
  ];
  const breaches: Breach[] = [];
  for (const kind of kinds) {
    const skillsByWard = new Map<string, Set<string>>();
    for (const t of input.shiftTypes) {
      if (!kind.typeIs(t.end, t.start)) continue;
      const set = skillsByWard.get(t.wardId) ?? new Set<string>();
      for (const r of t.requirements) set.add(r.skill);
      skillsByWard.set(t.wardId, set);
    }
    const { from, to } = input.period;
    const eligible = input.staff.filter(
      (p) =>
        p.wardIds.some((w) => p.skills.some((s) => skillsByWard.get(w)?.has(s.skill))) &&
        !input.leave.some((l) => l.employeeId === p.employeeId && l.from <= to && from <= l.to) &&
        p.skills.every((s) => s.validUntil === null || s.validUntil >= to),
    );
    if (eligible.length < 2) continue;
    const counts = eligible.map((p) => ({
      id: p.employeeId,
      n: (byPerson.get(p.employeeId) ?? []).filter((x) => !x.context && kind.isKind(x.shift)).length,
    }));
    const most = counts.reduce((a, b) => (b.n > a.n ? b : a));
    const fewest = counts.reduce((a, b) => (b.n < a.n ? b : a));
    if (most.n - fewest.n > input.rules.fairnessTolerance) {
      breaches.push({
        rule: 'fairness',
        severity: 'soft',
        employeeId: most.id,
        message: `${kind.label}: ${most.id} has ${most.n}, ${fewest.id} has ${fewest.n} (more than ${input.rules.fairnessTolerance} apart).`,
      });
    }
  }
  return breaches;
}
