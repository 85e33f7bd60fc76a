import { handleCommand } from '@hms/sdk';
import { AdjudicateClaim } from '../contracts/claim-commands';
import { CLAIM_MANAGE } from '../contracts/permissions';
import { adjudicateAndBillPatient } from './adjudicate-and-bill';

/** The payer's decision as the clerk records it; the patient is billed what the payer did not pay. */
export const adjudicateClaimHandler = handleCommand(AdjudicateClaim, {
  permission: CLAIM_MANAGE,
  auditPatient: (_data, result) => result?.patientId,
  handle: (data, ctx) => adjudicateAndBillPatient(ctx, data),
});
