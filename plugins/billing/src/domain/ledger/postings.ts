import type { AccountEvent } from '../account/account.events';
import type { ClaimEvent } from '../claim/claim.events';
import { add, type Money } from '../money/money';
import { accountCode, moneyAccount, type LedgerAccount } from './accounts';

/** One side of a ledger entry. `invoiceId` tags receivable postings, so each invoice reconciles on its own. */
export interface Posting {
  readonly account: string;
  readonly side: 'debit' | 'credit';
  readonly amount: Money;
  readonly invoiceId?: string;
}

/** Every event the ledger is built from. */
export type BillingEvent = AccountEvent | ClaimEvent;

const debit = (account: LedgerAccount, amount: Money, invoiceId?: string): Posting[] =>
  amount.amount === 0
    ? []
    : [{ account: accountCode(account), side: 'debit', amount, ...(invoiceId ? { invoiceId } : {}) }];
const credit = (account: LedgerAccount, amount: Money, invoiceId?: string): Posting[] =>
  amount.amount === 0
    ? []
    : [{ account: accountCode(account), side: 'credit', amount, ...(invoiceId ? { invoiceId } : {}) }];

/**
 * The postings of one billing event: a pure function, so the ledger can be rebuilt from the event stream at any
 * time and every balance shown to a cashier reconciles to it. Each event's postings balance (debits = credits).
 */
export function postingsFor(event: BillingEvent): Posting[] {
  switch (event.type) {
    case 'billing.ChargePosted': {
      const { patientId, category, patientShare, payerShare, split, total } = event.data;
      return [
        ...debit({ kind: 'patient-unbilled', patientId }, patientShare),
        ...(split.payerId ? debit({ kind: 'payer-receivable', payerId: split.payerId }, payerShare) : []),
        ...credit({ kind: 'revenue', category }, total),
      ];
    }
    case 'billing.ChargeReversed': {
      const { patientId, category, patientUnbilled, payerShare, payerId } = event.data;
      return [
        ...debit({ kind: 'revenue', category }, add(patientUnbilled, payerShare)),
        ...credit({ kind: 'patient-unbilled', patientId }, patientUnbilled),
        ...(payerId ? credit({ kind: 'payer-receivable', payerId }, payerShare) : []),
      ];
    }
    case 'billing.PayerShareTransferredToPatient': {
      const { patientId, payerId, amount } = event.data;
      return [
        ...debit({ kind: 'patient-unbilled', patientId }, amount),
        ...credit({ kind: 'payer-receivable', payerId }, amount),
      ];
    }
    case 'billing.PatientShareTransferredToPayer': {
      // The part on issued invoices moves by the credit notes recorded with it (below).
      const { patientId, payerId, fromUnbilled } = event.data;
      return [
        ...debit({ kind: 'payer-receivable', payerId }, fromUnbilled),
        ...credit({ kind: 'patient-unbilled', patientId }, fromUnbilled),
      ];
    }
    case 'billing.InvoiceIssued': {
      const { patientId, invoiceId, total } = event.data;
      return [
        ...debit({ kind: 'patient-receivable', patientId }, total, invoiceId),
        ...credit({ kind: 'patient-unbilled', patientId }, total),
      ];
    }
    case 'billing.InvoiceVoided': {
      const { patientId, invoiceId, returnedToUnbilled } = event.data;
      return [
        ...debit({ kind: 'patient-unbilled', patientId }, returnedToUnbilled),
        ...credit({ kind: 'patient-receivable', patientId }, returnedToUnbilled, invoiceId),
      ];
    }
    case 'billing.CreditNoteIssued': {
      const { patientId, invoiceId, lines, total, toReceivable, toCredit, transferredToPayerId } = event.data;
      return [
        // Moved to the payer after an appeal, the payer owes it now; otherwise it leaves revenue.
        ...(transferredToPayerId
          ? debit({ kind: 'payer-receivable', payerId: transferredToPayerId }, total)
          : lines.flatMap((l) => debit({ kind: 'revenue', category: l.category }, l.amount))),
        ...credit({ kind: 'patient-receivable', patientId }, toReceivable, invoiceId),
        ...credit({ kind: 'patient-credit', patientId }, toCredit),
      ];
    }
    case 'billing.InvoiceWrittenOff': {
      const { patientId, invoiceId, amount } = event.data;
      return [
        ...debit({ kind: 'write-off-expense' }, amount),
        ...credit({ kind: 'patient-receivable', patientId }, amount, invoiceId),
      ];
    }
    case 'billing.PaymentReceived': {
      const { patientId, method, amount } = event.data;
      return [...debit(moneyAccount(method), amount), ...credit({ kind: 'patient-credit', patientId }, amount)];
    }
    case 'billing.CreditAllocated': {
      const { patientId, allocations } = event.data;
      return allocations.flatMap(({ invoiceId, amount }) => [
        ...debit({ kind: 'patient-credit', patientId }, amount),
        ...credit({ kind: 'patient-receivable', patientId }, amount, invoiceId),
      ]);
    }
    case 'billing.RefundIssued': {
      const { patientId, method, amount } = event.data;
      return [...debit({ kind: 'patient-credit', patientId }, amount), ...credit(moneyAccount(method), amount)];
    }
    case 'billing.ClaimPaymentReceived': {
      const { payerId, amount } = event.data;
      return [...debit({ kind: 'bank' }, amount), ...credit({ kind: 'payer-receivable', payerId }, amount)];
    }
    default:
      return []; // covers, drafts, declines and the claim's own lifecycle move no money
  }
}
