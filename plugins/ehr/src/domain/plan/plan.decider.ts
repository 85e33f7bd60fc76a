import { assertNever, InvariantViolation, NotFoundError, type Command, type Decider } from '@hms/sdk';
import type { Goal } from '../../contracts/schemas';
import { GOAL_NOT_FOUND, INVALID_GOAL_TARGET, PLAN_NOT_ACTIVE, PLAN_NOT_FOUND } from '../../errors';
import { defined, entryOf, recorded } from '../chart/chart.decider-kit';
import type { ChartEvent } from '../chart/chart.events';
import { type ChartState, type PlanEntry } from '../chart/chart.state';
import { chartFold } from '../chart/chart.fold';
import { loincEntry } from '../terminology/loinc';

export type StartPlanCommand = Command<
  'ehr.StartPlan',
  {
    planId: string;
    patientId: string;
    title: string;
    problemId?: string;
    goals: Goal[];
  }
>;
export type RecordPlanProgressCommand = Command<
  'ehr.RecordPlanProgress',
  {
    entryId: string;
    patientId: string;
    planId: string;
    goalId?: string;
    note: string;
  }
>;
export type ClosePlanCommand = Command<
  'ehr.ClosePlan',
  {
    patientId: string;
    planId: string;
    outcome: 'completed' | 'abandoned';
    reason?: string;
  }
>;
export type PlanCommand = StartPlanCommand | RecordPlanProgressCommand | ClosePlanCommand;

export function decide(command: PlanCommand, state: ChartState): ChartEvent[] {
  switch (command.type) {
    case 'ehr.StartPlan': {
      const { patientId, ...plan } = command.data;
      plan.goals.forEach(checkTarget);
      return [{ type: 'ehr.PlanStarted', data: defined({ ...recorded(patientId, command.meta), ...plan }) }];
    }
    case 'ehr.RecordPlanProgress': {
      const { patientId, planId, goalId, entryId, note } = command.data;
      const plan = activePlan(state, patientId, planId);
      if (goalId !== undefined && !plan.goals.some((g) => g.goalId === goalId)) {
        throw new NotFoundError(GOAL_NOT_FOUND, { planId, goalId });
      }
      return [
        {
          type: 'ehr.PlanProgressRecorded',
          data: defined({ ...recorded(patientId, command.meta), planId, entryId, goalId, note }),
        },
      ];
    }
    case 'ehr.ClosePlan': {
      const { patientId, planId, outcome, reason } = command.data;
      activePlan(state, patientId, planId);
      return [
        { type: 'ehr.PlanClosed', data: defined({ ...recorded(patientId, command.meta), planId, outcome, reason }) },
      ];
    }
    default:
      return assertNever(command);
  }
}

/** A measurable goal must name a code the chart records, in one of its units, or it could never be judged. */
function checkTarget(goal: Goal): void {
  if (!goal.target) return;
  const { code, unit } = goal.target;
  if (!loincEntry(code)?.units.includes(unit)) {
    throw new InvariantViolation(
      INVALID_GOAL_TARGET,
      { code, unit },
      { message: `The goal's target ${code} in ${unit} is not a recordable measurement.` },
    );
  }
}

function activePlan(state: ChartState, patientId: string, planId: string): PlanEntry {
  const plan = entryOf(state, 'plans', planId, PLAN_NOT_FOUND, patientId);
  if (plan.status !== 'active')
    throw new InvariantViolation(PLAN_NOT_ACTIVE, { planId }, { message: 'This plan is closed.' });
  return plan;
}

export const planDecider: Decider<ChartState, PlanCommand, ChartEvent> = { decide, ...chartFold };
