import { handleCommand } from '@hms/sdk';
import { EndCoverage } from '../contracts/account-commands';
import { CHARGE_WRITE } from '../contracts/permissions';
import { coverageDecider } from '../domain/coverage/coverage.decider';
import { accountStream } from '../domain/streams';

export const endCoverageHandler = handleCommand(EndCoverage, {
  permission: CHARGE_WRITE,
  auditPatient: (data) => data.patientId,
  preload: (data) => [accountStream(data.patientId)],
  async handle(data, ctx) {
    await ctx.streams.decide(accountStream(data.patientId), coverageDecider, {
      type: 'billing.EndCoverage',
      data,
      meta: ctx.meta,
    });
    return { coverageId: data.coverageId };
  },
});
