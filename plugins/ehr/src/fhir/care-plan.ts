import type { FhirResource } from '@hms/sdk';
import type { PlanEntry } from '../domain/chart/chart.state';
import { loincEntry } from '../domain/terminology/loinc';
import { LOINC, patientReference, UCUM } from './fhir-codes';

export interface FhirCarePlan extends FhirResource {
  readonly resourceType: 'CarePlan';
  readonly id: string;
  readonly status: 'active' | 'completed' | 'revoked';
  readonly subject: { reference: string };
  readonly period: { start: string; end?: string };
  readonly goal: { reference: string }[];
}

export interface FhirGoal extends FhirResource {
  readonly resourceType: 'Goal';
  readonly id: string;
  readonly lifecycleStatus: 'active' | 'completed' | 'cancelled';
  readonly subject: { reference: string };
}

/** A closed plan is completed, or revoked when it was abandoned (CarePlan has no "abandoned"). */
const carePlanStatusOf = (plan: PlanEntry): FhirCarePlan['status'] =>
  plan.status === 'active' ? 'active' : plan.outcome === 'completed' ? 'completed' : 'revoked';

/**
 * A treatment plan as a CarePlan: its title, the problem it addresses, its goals (as Goal references) and its
 * progress notes; the EHR plans are what clinicians decided, so the intent is `plan`.
 */
export function carePlanResource(patientId: string, plan: PlanEntry): FhirCarePlan {
  return {
    resourceType: 'CarePlan',
    id: plan.planId,
    status: carePlanStatusOf(plan),
    intent: 'plan',
    title: plan.title,
    subject: patientReference(patientId),
    period: { start: plan.startedAt, ...(plan.status === 'closed' ? { end: plan.closedAt } : {}) },
    created: plan.startedAt,
    ...(plan.problemId === undefined ? {} : { addresses: [{ reference: `Condition/${plan.problemId}` }] }),
    goal: plan.goals.map((goal) => ({ reference: `Goal/${goal.goalId}` })),
    ...(plan.progress.length === 0 ? {} : { note: plan.progress.map((p) => ({ time: p.at, text: p.note })) }),
  };
}

/**
 * Each goal of a plan as a Goal: in words, with its measurable target when it has one (a LOINC code, a comparator
 * and a UCUM quantity). Its lifecycle follows the plan's: the EHR closes goals with their plan.
 */
export function goalResources(patientId: string, plan: PlanEntry): FhirGoal[] {
  const lifecycleStatus: FhirGoal['lifecycleStatus'] =
    plan.status === 'active' ? 'active' : plan.outcome === 'completed' ? 'completed' : 'cancelled';
  return plan.goals.map((goal) => {
    const measure = goal.target && loincEntry(goal.target.code);
    return {
      resourceType: 'Goal',
      id: goal.goalId,
      lifecycleStatus,
      description: { text: goal.description },
      subject: patientReference(patientId),
      startDate: plan.startedAt.slice(0, 10),
      ...(plan.problemId === undefined ? {} : { addresses: [{ reference: `Condition/${plan.problemId}` }] }),
      ...(goal.target === undefined
        ? {}
        : {
            target: [
              {
                measure: {
                  coding: [{ system: LOINC, code: goal.target.code, ...(measure ? { display: measure.display } : {}) }],
                },
                detailQuantity: {
                  value: goal.target.value,
                  comparator: goal.target.comparator,
                  unit: goal.target.unit,
                  system: UCUM,
                  code: goal.target.unit,
                },
              },
            ],
          }),
    };
  });
}
