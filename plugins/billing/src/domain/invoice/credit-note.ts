import type { CommandMeta } from '@hms/sdk';
import { recorded } from '../account/account.kit';
import type { InvoiceEntry } from '../account/account.state';
import type { CreditNoteIssuedEvent } from '../account/account.events';
import { min, subtract, sum, type Money } from '../money/money';
import type { ServiceCategory } from '../../contracts/schemas';

/**
 * A credit note against an issued invoice. It takes back what is still owed first; anything beyond the balance
 * (the invoice was already paid) becomes the patient's credit, to be refunded or used on another invoice. Its
 * number is the invoice's number and its count (`INV-2026-000042-C1`), so credit notes are gap-free per invoice
 * without a sequence of their own. With `transferredToPayerId`, the lines move to that payer instead of leaving
 * revenue (an appeal won them back).
 */
export function creditNote(
  patientId: string,
  invoice: InvoiceEntry,
  lines: readonly { chargeId: string; category: ServiceCategory; amount: Money }[],
  reason: string,
  meta: CommandMeta,
  transferredToPayerId?: string,
): CreditNoteIssuedEvent {
  const total = sum(
    invoice.total.currency,
    lines.map((l) => l.amount),
  );
  const toReceivable = min(total, invoice.balance);
  return {
    type: 'billing.CreditNoteIssued',
    data: {
      ...recorded(patientId, meta),
      invoiceId: invoice.invoiceId,
      creditNoteNumber: `${invoice.number ?? invoice.invoiceId}-C${invoice.creditNotes + 1}`,
      reason,
      lines: lines.map((l) => ({ ...l })),
      total,
      toReceivable,
      toCredit: subtract(total, toReceivable),
      ...(transferredToPayerId ? { transferredToPayerId } : {}),
    },
  };
}
