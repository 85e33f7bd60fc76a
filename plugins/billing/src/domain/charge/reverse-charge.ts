import type { CommandMeta } from '@hms/sdk';
import { recorded } from '../account/account.kit';
import type { ChargeReversedEvent, CreditNoteIssuedEvent } from '../account/account.events';
import { isIssued, type ChargeEntry, type OpenAccount } from '../account/account.state';
import { onDrafts } from '../account/fold-invoices';
import { defined } from '../dates';
import { add, subtract, sum } from '../money/money';
import { creditNote } from '../invoice/credit-note';

/**
 * Takes a charge back. What is on no issued invoice is reversed directly (drafts simply lose the line); what an
 * issued invoice carries is taken back by a credit note on that invoice, never by editing it. `cause` links the
 * reversal to a cancelled or partly returned source event, so that a repeat of that event does nothing.
 */
export function reverseCharge(
  account: OpenAccount,
  charge: ChargeEntry,
  reason: string,
  meta: CommandMeta,
  cause: { readonly cancelledSourceEventId?: string; readonly reducedByEventId?: string } = {},
): (ChargeReversedEvent | CreditNoteIssuedEvent)[] {
  const notes: CreditNoteIssuedEvent[] = [];
  for (const invoice of Object.values(account.invoices).filter(isIssued)) {
    const outstanding = invoice.lines
      .filter((l) => l.chargeId === charge.chargeId)
      .map((l) => subtract(l.amount, l.credited))
      .filter((a) => a.amount > 0);
    if (outstanding.length === 0) continue;
    const amount = sum(account.currency, outstanding);
    notes.push(
      creditNote(
        account.patientId,
        invoice,
        [{ chargeId: charge.chargeId, category: charge.category, amount }],
        reason,
        meta,
      ),
    );
  }
  const reversed: ChargeReversedEvent = {
    type: 'billing.ChargeReversed',
    data: defined({
      ...recorded(account.patientId, meta),
      chargeId: charge.chargeId,
      category: charge.category,
      payerId: charge.payerId,
      reason,
      cancelledSourceEventId: cause.cancelledSourceEventId,
      reducedByEventId: cause.reducedByEventId,
      // What no issued invoice carries: on no invoice, or on a draft (a draft bills nothing in the ledger).
      patientUnbilled: add(charge.uninvoiced, onDrafts(account, charge.chargeId)),
      payerShare: charge.payerShare,
    }),
  };
  return [reversed, ...notes];
}
