import { handleCommand } from '@hms/sdk';
import { SubmitClaim } from '../contracts/claim-commands';
import { CLAIM_MANAGE } from '../contracts/permissions';
import { decideClaim } from './claim-views';

/** The claim leaves for the payer (its clearinghouse adapter is not built yet: the clerk sends it). */
export const submitClaimHandler = handleCommand(SubmitClaim, {
  permission: CLAIM_MANAGE,
  auditPatient: (_data, result) => result?.patientId,
  async handle(data, ctx) {
    return (await decideClaim(ctx, { type: 'billing.SubmitClaim', data, meta: ctx.meta })).view;
  },
});
