import { handleCommand, NotFoundError } from '@hms/sdk';
import { StartPayRun } from '../contracts/payroll.contracts';
import { PAYROLL_RUN } from '../contracts/permissions';
import { payGroupDecider } from '../domain/payroll/pay-group.decider';
import { payRunDecider } from '../domain/payroll/pay-run.decider';
import { payGroupStream, payRunStream } from '../domain/streams';
import { PAY_GROUP_NOT_FOUND } from '../errors';
import { calculatePayRunJob } from '../jobs/calculate-pay-run.job';

/**
 * Starts a pay run in the background: the run is numbered on the period's stream (refused once the period is
 * locked), and the job that calculates it is queued when this command commits. Starting again while a run is
 * unfinished (its worker lost) replaces it: the older job's batches then record nothing.
 */
export const startPayRunHandler = handleCommand(StartPayRun, {
  permission: PAYROLL_RUN,
  async handle(data, ctx) {
    const group = await ctx.streams.load(payGroupStream(data.payGroup), payGroupDecider);
    if (group.state.status === 'none') throw new NotFoundError(PAY_GROUP_NOT_FOUND, { payGroup: data.payGroup });
    // #region request-job
    const { state } = await ctx.streams.decide(
      payRunStream(data.payGroup, data.period.from, data.period.to),
      payRunDecider,
      { type: 'staff.StartPayRun', data: { ...data, currency: group.state.policy.currency }, meta: ctx.meta },
    );
    const run = state.highestRun;
    ctx.requestJob(calculatePayRunJob, { payGroup: data.payGroup, from: data.period.from, to: data.period.to, run });
    // #endregion request-job
    return { payGroup: data.payGroup, period: data.period, run, status: 'running' as const };
  },
});
