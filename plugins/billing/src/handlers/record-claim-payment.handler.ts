import { handleCommand } from '@hms/sdk';
import { RecordClaimPayment } from '../contracts/claim-commands';
import { CLAIM_MANAGE } from '../contracts/permissions';
import { decideClaim } from './claim-views';

/** The payer's remittance: once per remittance reference, never beyond the benefit granted. */
export const recordClaimPaymentHandler = handleCommand(RecordClaimPayment, {
  permission: CLAIM_MANAGE,
  auditPatient: (_data, result) => result?.patientId,
  async handle(data, ctx) {
    return (await decideClaim(ctx, { type: 'billing.RecordClaimPayment', data, meta: ctx.meta })).view;
  },
});
