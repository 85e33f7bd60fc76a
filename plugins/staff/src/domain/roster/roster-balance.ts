import type { PersonLoad } from './roster-rules';
import { assign, unassign, type Need, type RosterPlan } from './roster-needs';

/**
 * The soft fairness rule: nights (or weekend shifts) spread evenly. A shift of the kind moves from its holder P
 * to a candidate Q with at least two fewer of them, when Q keeps every hard rule; taking P off a shift can only
 * relax P's rules. Each move lowers the sum of squared counts, so the loop ends; a few rounds settle it.
 */
export function balanceFairness(
  plan: RosterPlan,
  isKind: (need: Need) => boolean,
  countOf: (load: PersonLoad) => number,
): void {
  const needs = plan.needs.filter(isKind);
  for (let round = 0; round < 4; round++) {
    let moved = false;
    for (const need of needs) {
      for (const p of [...need.assigned]) {
        let best: PersonLoad | undefined;
        for (const q of need.candidates) {
          if (countOf(q) + 1 >= countOf(p) || need.assigned.includes(q)) continue;
          if (best !== undefined && countOf(q) >= countOf(best)) continue;
          if (q.blockOf(need.shift) === null) best = q;
        }
        if (best !== undefined) {
          unassign(plan, need, p);
          assign(plan, need, best);
          moved = true;
        }
      }
    }
    if (!moved) return;
  }
}
