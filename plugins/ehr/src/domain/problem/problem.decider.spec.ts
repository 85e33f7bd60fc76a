import { deciderSpec } from '@hms/sdk/testing';
import { meta, PATIENT, ENCOUNTER, recordedAt, uuid } from '../../../test/builders';
import type { ChartEvent } from '../chart/chart.events';
import { problemDecider, type ProblemCommand } from './problem.decider';

const PROBLEM = uuid(1);
const recordProblem = (): ProblemCommand => ({
  type: 'ehr.RecordProblem',
  meta: meta(),
  data: {
    problemId: PROBLEM,
    patientId: PATIENT,
    kind: 'diagnosis',
    code: 'I10',
    title: 'Essential (primary) hypertension',
    encounterId: ENCOUNTER,
  },
});
const recorded: ChartEvent = {
  type: 'ehr.ProblemRecorded',
  data: {
    ...recordedAt(),
    problemId: PROBLEM,
    kind: 'diagnosis',
    code: 'I10',
    title: 'Essential (primary) hypertension',
    encounterId: ENCOUNTER,
  },
};
const resolve = (resolvedOn?: string): ProblemCommand => ({
  type: 'ehr.ResolveProblem',
  meta: meta(),
  data: { patientId: PATIENT, problemId: PROBLEM, ...(resolvedOn ? { resolvedOn } : {}) },
});

describe('problem decider', () => {
  it('records a coded diagnosis with its encounter', () =>
    deciderSpec(problemDecider).given([]).when(recordProblem()).then([recorded]));

  it('resolves an active problem, today unless a date is given', () => {
    deciderSpec(problemDecider)
      .given([recorded])
      .when(resolve())
      .then([{ type: 'ehr.ProblemResolved', data: { ...recordedAt(), problemId: PROBLEM, resolvedOn: '2026-03-01' } }]);
    deciderSpec(problemDecider)
      .given([recorded])
      .when(resolve('2026-02-20'))
      .then([{ type: 'ehr.ProblemResolved', data: { ...recordedAt(), problemId: PROBLEM, resolvedOn: '2026-02-20' } }]);
  });

  it('refuses to resolve a problem twice, or one that is not in the chart', () => {
    const resolved: ChartEvent = {
      type: 'ehr.ProblemResolved',
      data: { ...recordedAt(), problemId: PROBLEM, resolvedOn: '2026-03-01' },
    };
    deciderSpec(problemDecider).given([recorded, resolved]).when(resolve()).thenRejects('PROBLEM_ALREADY_RESOLVED');
    deciderSpec(problemDecider).given([]).when(resolve()).thenRejects('PROBLEM_NOT_FOUND');
  });
});
