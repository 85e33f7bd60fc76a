import type { CommandContext, DataOf } from '@hms/sdk';
import type { AdjudicateClaim } from '../contracts/claim-commands';
import type { ClaimView } from '../contracts/queries';
import { chargeDecider } from '../domain/charge/charge.decider';
import { patientTransfersOf, payerTransfersOf } from '../domain/claim/claim.adjudication';
import { accountStream } from '../domain/streams';
import { decideClaim } from './claim-views';

/**
 * The payer's decision, line by line; in the same transaction, what it did not pay of each line moves from the
 * payer's share to the patient's (to be invoiced like any charge). After an appeal only the change moves, either way:
 * what the appeal won moves back from the patient to the payer (by credit note if it was invoiced). Shared by
 * the clerk's `billing.AdjudicateClaim` and the clearinghouse exchange.
 */
export async function adjudicateAndBillPatient(
  ctx: CommandContext,
  data: DataOf<typeof AdjudicateClaim>,
): Promise<ClaimView> {
  const { view, events } = await decideClaim(ctx, { type: 'billing.AdjudicateClaim', data, meta: ctx.meta });
  for (const event of events) {
    if (event.type !== 'billing.ClaimAdjudicated') continue;
    for (const transfer of patientTransfersOf(event)) {
      await ctx.streams.decide(accountStream(view.patientId), chargeDecider, {
        type: 'billing.TransferPayerShareToPatient',
        data: { patientId: view.patientId, ...transfer },
        meta: ctx.meta,
      });
    }
    // An appeal that won more moves the patient's part back to the payer (a credit note if it was invoiced).
    for (const transfer of payerTransfersOf(event)) {
      await ctx.streams.decide(accountStream(view.patientId), chargeDecider, {
        type: 'billing.TransferPatientShareToPayer',
        data: { patientId: view.patientId, ...transfer },
        meta: ctx.meta,
      });
    }
  }
  return view;
}
