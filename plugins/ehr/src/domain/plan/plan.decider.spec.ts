import { deciderSpec } from '@hms/sdk/testing';
import { fold } from '@hms/sdk';
import { meta, PATIENT, recordedAt, uuid } from '../../../test/builders';
import type { ChartEvent } from '../chart/chart.events';
import { assessPlan } from './plan-assessment';
import { planDecider, type PlanCommand } from './plan.decider';

const PLAN = uuid(5);
const GOAL = uuid(6);
const goal = {
  goalId: GOAL,
  description: 'Systolic below 140',
  target: { code: '8480-6', comparator: '<' as const, value: 140, unit: 'mm[Hg]' },
};
const started: ChartEvent = {
  type: 'ehr.PlanStarted',
  data: { ...recordedAt('2026-03-01T09:00:00.000Z'), planId: PLAN, title: 'Blood pressure control', goals: [goal] },
};
const start = (target = goal.target): PlanCommand => ({
  type: 'ehr.StartPlan',
  meta: meta(),
  data: { planId: PLAN, patientId: PATIENT, title: 'Blood pressure control', goals: [{ ...goal, target }] },
});
const systolic = (value: number, day: number): ChartEvent => ({
  type: 'ehr.ObservationRecorded',
  data: {
    ...recordedAt(),
    observationId: uuid(100 + day),
    code: '8480-6',
    value,
    unit: 'mm[Hg]',
    effectiveAt: `2026-03-${String(day).padStart(2, '0')}T08:00:00.000Z`,
  },
});
const closed: ChartEvent = { type: 'ehr.PlanClosed', data: { ...recordedAt(), planId: PLAN, outcome: 'completed' } };

describe('plan decider', () => {
  it('starts a plan with measurable goals', () => deciderSpec(planDecider).given([]).when(start()).then([started]));

  it('refuses a goal whose target is not a recordable measurement', () =>
    deciderSpec(planDecider)
      .given([])
      .when(start({ ...goal.target, unit: 'kg' }))
      .thenRejects('INVALID_GOAL_TARGET'));

  it('records progress on an active plan and refuses it on a closed one or for an unknown goal', () => {
    const progress = (goalId: string): PlanCommand => ({
      type: 'ehr.RecordPlanProgress',
      meta: meta(),
      data: { entryId: uuid(7), patientId: PATIENT, planId: PLAN, goalId, note: 'Walking daily' },
    });
    deciderSpec(planDecider)
      .given([started])
      .when(progress(GOAL))
      .then([
        {
          type: 'ehr.PlanProgressRecorded',
          data: { ...recordedAt(), planId: PLAN, entryId: uuid(7), goalId: GOAL, note: 'Walking daily' },
        },
      ]);
    deciderSpec(planDecider).given([started, closed]).when(progress(GOAL)).thenRejects('PLAN_NOT_ACTIVE');
    deciderSpec(planDecider)
      .given([started])
      .when(progress(uuid(99)))
      .thenRejects('GOAL_NOT_FOUND');
  });

  it('answers whether the plan is working from the latest value against the target and the trend', () => {
    const state = (events: ChartEvent[]) => fold(planDecider, [started, ...events]);
    const plan = (events: ChartEvent[]) => assessPlan(state(events).plans[PLAN]!, state(events));
    expect(plan([]).verdict).toBe('unclear');
    const improving = plan([systolic(165, 2), systolic(150, 9)]);
    expect(improving.goals[0]).toMatchObject({ met: false, trend: 'improving', latest: { value: 150 } });
    expect(improving.verdict).toBe('working');
    const worsening = plan([systolic(150, 2), systolic(158, 9)]);
    expect(worsening.goals[0]).toMatchObject({ met: false, trend: 'worsening' });
    expect(worsening.verdict).toBe('not-working');
    expect(plan([systolic(150, 2), systolic(135, 9)]).goals[0]).toMatchObject({ met: true, trend: 'improving' });
  });
});
