import { handleCommand } from '@hms/sdk';
import { ResubmitClaim } from '../contracts/claim-commands';
import { CLAIM_MANAGE } from '../contracts/permissions';
import { decideClaim } from './claim-views';

/** A rejected claim goes again with corrected diagnoses. */
export const resubmitClaimHandler = handleCommand(ResubmitClaim, {
  permission: CLAIM_MANAGE,
  auditPatient: (_data, result) => result?.patientId,
  async handle(data, ctx) {
    return (await decideClaim(ctx, { type: 'billing.ResubmitClaim', data, meta: ctx.meta })).view;
  },
});
