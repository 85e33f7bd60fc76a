import type { CommandMeta } from '@hms/sdk';
import { recorded } from '../account/account.kit';
import type { CreditNoteIssuedEvent, PatientShareTransferredEvent } from '../account/account.events';
import { isIssued, type ChargeEntry, type OpenAccount } from '../account/account.state';
import { onDrafts } from '../account/fold-invoices';
import { add, isZero, min, subtract, sum, type Money } from '../money/money';
import { creditNote } from '../invoice/credit-note';

/**
 * The events that move `amount` of a charge's patient share back to its payer: from what no issued invoice carries
 * (on no invoice, or on a draft) first, then by a credit note on each issued invoice still carrying the charge,
 * oldest first, marked as moved to the payer. `undefined` when the invoices no longer carry enough of it (a credit
 * note already took part of it back).
 */
export function shareBackToPayer(
  account: OpenAccount,
  charge: ChargeEntry,
  move: { patientId: string; claimId: string; payerId: string; amount: Money },
  meta: CommandMeta,
): (PatientShareTransferredEvent | CreditNoteIssuedEvent)[] | undefined {
  const unbilled = add(charge.uninvoiced, onDrafts(account, charge.chargeId));
  const fromUnbilled = min(move.amount, unbilled);
  let rest = subtract(move.amount, fromUnbilled);
  const notes: CreditNoteIssuedEvent[] = [];
  const reason = `claim ${move.claimId}: the payer pays this part after an appeal`;
  const issued = Object.values(account.invoices)
    .filter(isIssued)
    .sort((a, b) => (a.issueOrder ?? 0) - (b.issueOrder ?? 0));
  for (const invoice of issued) {
    if (isZero(rest)) break;
    const carried = sum(
      account.currency,
      invoice.lines.filter((l) => l.chargeId === charge.chargeId).map((l) => subtract(l.amount, l.credited)),
    );
    if (carried.amount <= 0) continue;
    const amount = min(rest, carried);
    const lines = [{ chargeId: charge.chargeId, category: charge.category, amount }];
    notes.push(creditNote(account.patientId, invoice, lines, reason, meta, move.payerId));
    rest = subtract(rest, amount);
  }
  if (!isZero(rest)) return undefined;
  const transferred: PatientShareTransferredEvent = {
    type: 'billing.PatientShareTransferredToPayer',
    data: {
      ...recorded(move.patientId, meta),
      chargeId: charge.chargeId,
      payerId: move.payerId,
      claimId: move.claimId,
      amount: move.amount,
      fromUnbilled,
    },
  };
  return [transferred, ...notes];
}
