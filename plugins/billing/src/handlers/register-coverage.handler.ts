import { handleCommand, type QueryContext } from '@hms/sdk';
import { assertEligible } from '../insurance/check-eligibility';
import type { BillingPluginOptions } from '../options';
import { RegisterCoverage } from '../contracts/account-commands';
import { CHARGE_WRITE } from '../contracts/permissions';
import { coverageDecider } from '../domain/coverage/coverage.decider';
import { accountStream } from '../domain/streams';
import { checkPatientOnFile } from './patient-on-file';

export const registerCoverageHandler = handleCommand(RegisterCoverage, {
  permission: CHARGE_WRITE,
  auditPatient: (data) => data.patientId,
  async prepare(data, ctx: QueryContext<BillingPluginOptions>) {
    await checkPatientOnFile(ctx, data.patientId);
    await assertEligible(ctx, [{ payerId: data.payerId, policyNumber: data.policyNumber, on: data.validFrom }]);
  },
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
