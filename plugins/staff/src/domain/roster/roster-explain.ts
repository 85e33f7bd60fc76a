import { describeRule, fixedBlock } from './roster-rules';
import type { Need, RosterPlan } from './roster-needs';
import type { RosterRule, UncoveredNeed } from './roster.model';

/**
 * Why a need is short, in words: how many hold the skill on the ward at all, and which rule keeps each of the
 * others off this shift ("2 on leave, 1 licence expired by the shift"). Called after the last fill, so every
 * holder not on the shift is kept off by some rule.
 */
export function explainShortfall(plan: RosterPlan, need: Need): UncoveredNeed {
  const { rules, leave } = plan.input;
  const counts = new Map<RosterRule, number>();
  if (need.holders.length < need.min) counts.set('skill', need.min - need.holders.length);
  for (const holder of need.holders) {
    if (need.assigned.includes(holder)) continue;
    const ownLeave = leave.filter((l) => l.employeeId === holder.person.employeeId);
    const rule =
      fixedBlock(holder.person, need.shift, need.skill, ownLeave) ?? holder.blockOf(need.shift) ?? 'min-staff';
    counts.set(rule, (counts.get(rule) ?? 0) + 1);
  }
  const because = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([rule]) => rule);
  const { wardId, code } = need.shift.type;
  const reasons = because.map((rule) =>
    rule === 'skill'
      ? `only ${need.holders.length} on the ward hold ${need.skill}`
      : `${counts.get(rule)} ${describeRule(rule, rules)}`,
  );
  return {
    wardId,
    shiftCode: code,
    date: need.shift.date,
    skill: need.skill,
    needed: need.min,
    assigned: need.assigned.length,
    because,
    message: `Ward ${wardId}, shift ${code} on ${need.shift.date}: ${need.assigned.length} of ${need.min} ${need.skill} rostered; ${reasons.join(', ')}.`,
  };
}
