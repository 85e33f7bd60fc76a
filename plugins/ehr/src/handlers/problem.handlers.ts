import { handleCommand, NotFoundError } from '@hms/sdk';
import { RecordProblem, ResolveProblem } from '../contracts/commands';
import { PROBLEM_RECORD } from '../contracts/permissions';
import { problemDecider } from '../domain/problem/problem.decider';
import { chartStream } from '../domain/streams';
import { checkPatientOnFile } from './patient-on-file';
import { UNKNOWN_ICD10_CODE, PROBLEM_NOT_FOUND } from '../errors';
import { entryOf } from '../domain/chart/chart.decider-kit';
import { preloadChart } from './preload-chart';

/** Adds a diagnosis or problem; the code must be in the ICD-10 table (shipped or loaded), whose title it keeps. */
export const recordProblemHandler = handleCommand(RecordProblem, {
  permission: PROBLEM_RECORD,
  auditPatient: (data) => data.patientId,
  preload: preloadChart,
  async prepare(data, ctx): Promise<string> {
    await checkPatientOnFile(ctx, data.patientId);
    const [row] = await ctx.sql.query<{ title: string }>('SELECT title FROM ehr.icd10_codes WHERE code = $1', [
      data.code,
    ]);
    if (!row)
      throw new NotFoundError(
        UNKNOWN_ICD10_CODE,
        { code: data.code },
        { message: `ICD-10 code ${data.code} is not in the code list.` },
      );
    return row.title;
  },
  async handle(data, ctx, title: string) {
    const problemId = ctx.newId();
    const { state } = await ctx.streams.decide(chartStream(data.patientId), problemDecider, {
      type: 'ehr.RecordProblem',
      data: { ...data, problemId, title },
      meta: ctx.meta,
    });
    return entryOf(state, 'problems', problemId, PROBLEM_NOT_FOUND, data.patientId);
  },
});

export const resolveProblemHandler = handleCommand(ResolveProblem, {
  permission: PROBLEM_RECORD,
  auditPatient: (data) => data.patientId,
  preload: preloadChart,
  async handle(data, ctx) {
    const { state } = await ctx.streams.decide(chartStream(data.patientId), problemDecider, {
      type: 'ehr.ResolveProblem',
      data,
      meta: ctx.meta,
    });
    return entryOf(state, 'problems', data.problemId, PROBLEM_NOT_FOUND, data.patientId);
  },
});
