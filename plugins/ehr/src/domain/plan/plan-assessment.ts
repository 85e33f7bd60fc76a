import type { Comparator, Goal } from '../../contracts/schemas';
import type { ChartState, ObservationEntry, PlanEntry } from '../chart/chart.state';
import { toCanonical } from '../terminology/loinc';

/** Whether one measurable goal is met now and which way its measurements are going. */
export interface GoalAssessment {
  readonly goalId: string;
  readonly description: string;
  readonly latest: { readonly value: number; readonly unit: string; readonly effectiveAt: string } | null;
  readonly met: boolean | null;
  /** Compares the latest value with the first one since the plan started: towards the target or away from it. */
  readonly trend: 'improving' | 'worsening' | 'stable' | 'insufficient-data' | 'not-measurable';
}

export interface PlanAssessment {
  readonly goals: readonly GoalAssessment[];
  /** `working`: every measurable goal met or improving; `not-working`: one is worsening; else `unclear`. */
  readonly verdict: 'working' | 'not-working' | 'unclear';
}

const meets = (value: number, comparator: Comparator, target: number): boolean =>
  comparator === '<'
    ? value < target
    : comparator === '<='
      ? value <= target
      : comparator === '>'
        ? value > target
        : value >= target;

/** Answers whether a plan is working, from the chart's own observations (the plan stores no copies of them). */
export function assessPlan(plan: PlanEntry, state: ChartState): PlanAssessment {
  const goals = plan.goals.map((goal) =>
    assessGoal(goal, plan.startedAt, state.observations[goal.target?.code ?? ''] ?? []),
  );
  const measurable = goals.filter((g) => g.trend !== 'not-measurable');
  const verdict =
    measurable.length === 0 || measurable.some((g) => g.latest === null)
      ? 'unclear'
      : measurable.some((g) => g.trend === 'worsening' && !g.met)
        ? 'not-working'
        : measurable.every((g) => g.met || g.trend === 'improving')
          ? 'working'
          : 'unclear';
  return { goals, verdict };
}

function assessGoal(goal: Goal, since: string, newestFirst: readonly ObservationEntry[]): GoalAssessment {
  const base = { goalId: goal.goalId, description: goal.description };
  if (!goal.target) return { ...base, latest: null, met: null, trend: 'not-measurable' };
  const { code, comparator, value: targetValue, unit: targetUnit } = goal.target;
  const during = newestFirst.filter((o) => o.effectiveAt >= since);
  const latest = during[0];
  if (!latest) return { ...base, latest: null, met: null, trend: 'insufficient-data' };
  const target = toCanonical(code, targetValue, targetUnit);
  const now = toCanonical(code, latest.value, latest.unit);
  const first = during.at(-1);
  const latestView = { value: latest.value, unit: latest.unit, effectiveAt: latest.effectiveAt };
  const met = meets(now, comparator, target);
  if (!first || first === latest) return { ...base, latest: latestView, met, trend: 'insufficient-data' };
  const start = toCanonical(code, first.value, first.unit);
  // Distance to the target shrinking means improving; the target's side (below/above) sets the sign.
  const wantsLower = comparator === '<' || comparator === '<=';
  const delta = wantsLower ? start - now : now - start;
  const trend = Math.abs(delta) < 1e-9 ? 'stable' : delta > 0 ? 'improving' : 'worsening';
  return { ...base, latest: latestView, met, trend };
}
