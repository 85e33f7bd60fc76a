import type { PersonLoad } from './roster-rules';
import { explainShortfall } from './roster-explain';
import { balanceFairness } from './roster-balance';
import { assign, planNeeds, unassign, type Need, type RosterPlan } from './roster-needs';
import type { Assignment, GeneratedRoster, RosterInput } from './roster.model';

/**
 * Builds a roster that never breaks a hard rule, and says in words which needs it could not fill and why.
 *
 * The algorithm, in four passes (all deterministic: the same input gives the same roster):
 * 1. Plan: place every shift of the period in time (wall-clock times in the hospital's zone) and, for each skill
 *    requirement, list the staff who could ever fill it: on the ward, holding the skill with a licence valid for
 *    the whole shift, not on leave.
 * 2. Greedy, scarcest first: needs with little slack (candidates minus the minimum, at most 2) go first, tightest
 *    first, so a shift only two people can cover is filled before one twenty could; the rest go in time order (so
 *    nights and weekends are shared out as the month goes, not left to whoever is free at the end). Each seat goes
 *    to the candidate who keeps the hard rules (no overlap, rest, weekly hours) with the fewest nights (for a
 *    night) or weekend shifts (for a weekend), then the lowest share of their weekly limit used, then the fewest
 *    skills (generalists are saved for the needs only they can fill).
 * 3. Repair: for a need still short, a blocked candidate is freed by handing one of their shifts to someone
 *    else who can take it (a one-step exchange), when that makes them fit.
 * 4. Balance (soft fairness): a night or weekend shift moves from a person with more of them to an eligible
 *    person with at least two fewer, while every hard rule still holds; each move lowers the spread, so it ends.
 * Finally every short need is tried once more (passes 3–4 may have freed someone) and then explained.
 * Cost: about needs × candidates × shifts per person: 4 weeks of 20 wards and 500 staff is well under a second.
 */
export function generateRoster(input: RosterInput): GeneratedRoster {
  const plan = planNeeds(input);
  const ordered = [...plan.needs].sort(byScarcity);
  for (const need of ordered) fill(plan, need);
  for (const need of ordered) if (need.assigned.length < need.min) repair(plan, need);
  balanceFairness(
    plan,
    (need) => need.shift.night,
    (load) => load.nights,
  );
  balanceFairness(
    plan,
    (need) => need.shift.weekend,
    (load) => load.weekends,
  );
  for (const need of ordered) fill(plan, need);
  return {
    assignments: plan.needs.flatMap(assignmentsOf).sort(byShift),
    uncovered: ordered
      .filter((n) => n.assigned.length < n.min)
      .map((n) => explainShortfall(plan, n))
      .sort(byShift),
  };
}

/** Slack at or below this is scarce: such needs go first; the rest go in time order, which spreads nights. */
const SCARCE_SLACK = 2;
const slackOf = (need: Need): number => need.candidates.length - need.min;
const byScarcity = (a: Need, b: Need): number =>
  Number(slackOf(a) > SCARCE_SLACK) - Number(slackOf(b) > SCARCE_SLACK) ||
  (slackOf(a) <= SCARCE_SLACK ? slackOf(a) - slackOf(b) : 0) ||
  a.shift.start - b.shift.start ||
  slackOf(a) - slackOf(b) ||
  a.shift.key.localeCompare(b.shift.key) ||
  a.skill.localeCompare(b.skill);

const byShift = (a: Omit<Assignment, 'employeeId'> & { employeeId?: string }, b: typeof a): number =>
  a.date.localeCompare(b.date) ||
  a.wardId.localeCompare(b.wardId) ||
  a.shiftCode.localeCompare(b.shiftCode) ||
  a.skill.localeCompare(b.skill) ||
  (a.employeeId ?? '').localeCompare(b.employeeId ?? '');

function assignmentsOf(need: Need): Assignment[] {
  const { wardId, code: shiftCode } = need.shift.type;
  return need.assigned.map((load) => ({
    employeeId: load.person.employeeId,
    wardId,
    shiftCode,
    date: need.shift.date,
    skill: need.skill,
  }));
}

/** Fills a need's empty seats with the best candidates that keep every hard rule. */
export function fill(plan: RosterPlan, need: Need): void {
  while (need.assigned.length < need.min) {
    const best = bestCandidate(need, (load) => !need.assigned.includes(load) && load.blockOf(need.shift) === null);
    if (best === undefined) return;
    assign(plan, need, best);
  }
}

function bestCandidate(need: Need, fits: (load: PersonLoad) => boolean): PersonLoad | undefined {
  let best: PersonLoad | undefined;
  let bestScore: number[] = [];
  for (const load of need.candidates) {
    if (!fits(load)) continue;
    const score = [
      (need.shift.night ? load.nights : 0) + (need.shift.weekend ? load.weekends : 0),
      load.hours / Math.max(1, load.weeklyLimit()),
      load.person.skills.length,
    ];
    if (best === undefined || compareScores(score, bestScore) < 0) {
      best = load;
      bestScore = score;
    }
  }
  return best;
}

function compareScores(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) - (b[i] ?? 0);
  return 0;
}

/**
 * A one-step exchange: candidate C is kept off this need by one of their shifts S (overlap, rest or weekly hours);
 * if someone else R can take S, and C then fits here, R takes S and C takes the seat. Every step is checked with
 * the same rules as the greedy pass, so the exchange cannot break one.
 */
function repair(plan: RosterPlan, need: Need): void {
  for (const c of need.candidates) {
    if (need.assigned.length >= need.min) return;
    if (need.assigned.includes(c) || c.blockOf(need.shift) === null) continue;
    for (const booked of [...c.booked]) {
      const other = plan.coverOf.get(`${c.person.employeeId}|${booked.key}`);
      if (other === undefined) continue;
      unassign(plan, other, c);
      const replacement =
        c.blockOf(need.shift) === null
          ? bestCandidate(other, (r) => r !== c && !other.assigned.includes(r) && r.blockOf(other.shift) === null)
          : undefined;
      if (replacement !== undefined) {
        assign(plan, other, replacement);
        assign(plan, need, c);
        break;
      }
      assign(plan, other, c);
    }
  }
}
