import { handleCommand } from '@hms/sdk';
import { RegisterCoverage } from '../contracts/account-commands';
import { CHARGE_WRITE } from '../contracts/permissions';
import { coverageDecider } from '../domain/coverage/coverage.decider';
import { accountStream } from '../domain/streams';
import { checkPatientOnFile } from './patient-on-file';

export const registerCoverageHandler = handleCommand(RegisterCoverage, {
  permission: CHARGE_WRITE,
  auditPatient: (data) => data.patientId,
  prepare: (data, ctx) => checkPatientOnFile(ctx, data.patientId),
  preload: (data) => [accountStream(data.patientId)],
  async handle(data, ctx) {
    const coverageId = ctx.newId();
    await ctx.streams.decide(accountStream(data.patientId), coverageDecider, {
      type: 'billing.RegisterCoverage',
      data: { ...data, coverageId },
      meta: ctx.meta,
    });
    return { coverageId };
  },
});
