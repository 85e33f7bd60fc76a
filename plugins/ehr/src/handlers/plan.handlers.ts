import { handleCommand } from '@hms/sdk';
import { ClosePlan, RecordPlanProgress, StartPlan, type AssessedPlan } from '../contracts/commands';
import { PLAN_MANAGE } from '../contracts/permissions';
import { assessPlan } from '../domain/plan/plan-assessment';
import { planDecider } from '../domain/plan/plan.decider';
import { chartStream } from '../domain/streams';
import { checkPatientOnFile } from './patient-on-file';
import type { ChartState } from '../domain/chart/chart.state';
import { preloadChart } from './preload-chart';

/** The plan the command just changed (the decider refuses an unknown plan, so it is there). */
const planWithAssessment = (state: ChartState, planId: string): AssessedPlan => {
  const plan = state.plans[planId];
  if (!plan) throw new Error(`Plan ${planId} is not on the chart after the command`);
  return { ...plan, assessment: assessPlan(plan, state) };
};

export const startPlanHandler = handleCommand(StartPlan, {
  permission: PLAN_MANAGE,
  auditPatient: (data) => data.patientId,
  preload: preloadChart,
  prepare: (data, ctx) => checkPatientOnFile(ctx, data.patientId),
  async handle(data, ctx) {
    const planId = ctx.newId();
    const goals = data.goals.map((goal) => ({ ...goal, goalId: ctx.newId() }));
    const { state } = await ctx.streams.decide(chartStream(data.patientId), planDecider, {
      type: 'ehr.StartPlan',
      data: { ...data, planId, goals },
      meta: ctx.meta,
    });
    return planWithAssessment(state, planId);
  },
});

export const recordPlanProgressHandler = handleCommand(RecordPlanProgress, {
  permission: PLAN_MANAGE,
  auditPatient: (data) => data.patientId,
  preload: preloadChart,
  async handle(data, ctx) {
    const { state } = await ctx.streams.decide(chartStream(data.patientId), planDecider, {
      type: 'ehr.RecordPlanProgress',
      data: { ...data, entryId: ctx.newId() },
      meta: ctx.meta,
    });
    return planWithAssessment(state, data.planId);
  },
});

export const closePlanHandler = handleCommand(ClosePlan, {
  permission: PLAN_MANAGE,
  auditPatient: (data) => data.patientId,
  preload: preloadChart,
  async handle(data, ctx) {
    const { state } = await ctx.streams.decide(chartStream(data.patientId), planDecider, {
      type: 'ehr.ClosePlan',
      data,
      meta: ctx.meta,
    });
    return planWithAssessment(state, data.planId);
  },
});
