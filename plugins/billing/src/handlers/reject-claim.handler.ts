import { handleCommand } from '@hms/sdk';
import { RejectClaim } from '../contracts/claim-commands';
import { CLAIM_MANAGE } from '../contracts/permissions';
import { decideClaim } from './claim-views';

/** The payer refused the claim as submitted, with its error codes; it may be corrected and resubmitted. */
export const rejectClaimHandler = handleCommand(RejectClaim, {
  permission: CLAIM_MANAGE,
  auditPatient: (_data, result) => result?.patientId,
  async handle(data, ctx) {
    return (await decideClaim(ctx, { type: 'billing.RejectClaim', data, meta: ctx.meta })).view;
  },
});
