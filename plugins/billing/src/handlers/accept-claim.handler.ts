import { handleCommand } from '@hms/sdk';
import { AcceptClaim } from '../contracts/claim-commands';
import { CLAIM_MANAGE } from '../contracts/permissions';
import { decideClaim } from './claim-views';

/** The payer took the claim in (ClaimResponse outcome 'queued'), under its own reference. */
export const acceptClaimHandler = handleCommand(AcceptClaim, {
  permission: CLAIM_MANAGE,
  auditPatient: (_data, result) => result?.patientId,
  async handle(data, ctx) {
    return (await decideClaim(ctx, { type: 'billing.AcceptClaim', data, meta: ctx.meta })).view;
  },
});
