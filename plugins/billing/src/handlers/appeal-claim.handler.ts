import { handleCommand } from '@hms/sdk';
import { AppealClaim } from '../contracts/claim-commands';
import { CLAIM_MANAGE } from '../contracts/permissions';
import { decideClaim } from './claim-views';

/** Denied or partly paid lines go back to the payer, with the hospital's reason. */
export const appealClaimHandler = handleCommand(AppealClaim, {
  permission: CLAIM_MANAGE,
  auditPatient: (_data, result) => result?.patientId,
  async handle(data, ctx) {
    return (await decideClaim(ctx, { type: 'billing.AppealClaim', data, meta: ctx.meta })).view;
  },
});
