import { assertNever, InvariantViolation, type Command, type Decider } from '@hms/sdk';
import { PROBLEM_ALREADY_RESOLVED, PROBLEM_NOT_FOUND } from '../../errors';
import { defined, entryOf, recorded } from '../chart/chart.decider-kit';
import type { ChartEvent } from '../chart/chart.events';
import { type ChartState } from '../chart/chart.state';
import { chartFold } from '../chart/chart.fold';

/** The handler has made the id and looked the code's title up in the ICD-10 table. */
export type RecordProblemCommand = Command<
  'ehr.RecordProblem',
  {
    problemId: string;
    patientId: string;
    kind: 'diagnosis' | 'problem';
    code: string;
    title: string;
    encounterId?: string;
    onset?: string;
    note?: string;
  }
>;
export type ResolveProblemCommand = Command<
  'ehr.ResolveProblem',
  { patientId: string; problemId: string; resolvedOn?: string }
>;
export type ProblemCommand = RecordProblemCommand | ResolveProblemCommand;

export function decide(command: ProblemCommand, state: ChartState): ChartEvent[] {
  switch (command.type) {
    case 'ehr.RecordProblem': {
      const { patientId, ...problem } = command.data;
      return [{ type: 'ehr.ProblemRecorded', data: defined({ ...recorded(patientId, command.meta), ...problem }) }];
    }
    case 'ehr.ResolveProblem':
      return resolve(command, state);
    default:
      return assertNever(command);
  }
}

function resolve({ data, meta }: ResolveProblemCommand, state: ChartState): ChartEvent[] {
  const problem = entryOf(state, 'problems', data.problemId, PROBLEM_NOT_FOUND, data.patientId);
  if (problem.status === 'resolved') {
    throw new InvariantViolation(
      PROBLEM_ALREADY_RESOLVED,
      { problemId: data.problemId },
      { message: 'This problem is already resolved.' },
    );
  }
  const resolvedOn = data.resolvedOn ?? meta.now.slice(0, 10);
  return [
    { type: 'ehr.ProblemResolved', data: { ...recorded(data.patientId, meta), problemId: data.problemId, resolvedOn } },
  ];
}

export const problemDecider: Decider<ChartState, ProblemCommand, ChartEvent> = { decide, ...chartFold };
