import { assertNever, type SnapshotPolicy } from '@hms/sdk';
import type { CurrencyCode } from '../money/currency';
import { zero } from '../money/money';
import type { AccountEvent } from './account.events';
import { initialState, type AccountState, type OpenAccount } from './account.state';
import {
  chargePosted,
  chargeReversed,
  coverageEnded,
  coverageRegistered,
  patientShareTransferred,
  payerShareTransferred,
} from './fold-charges';
import { creditNoteIssued, invoiceDrafted, invoiceIssued, invoiceVoided, invoiceWrittenOff } from './fold-invoices';
import { creditAllocated, paymentDeclined, paymentReceived, refundIssued } from './fold-payments';

/**
 * The one fold of a patient's account, shared by the coverage, charge, invoice and payment deciders (like the
 * EHR's chart fold) so they cannot drift. `evolve` never throws: it only folds facts the deciders already checked.
 */
export function evolve(state: AccountState, event: AccountEvent): AccountState {
  const account = state.status === 'open' ? state : openedBy(event);
  if (!account) return state;
  switch (event.type) {
    case 'billing.CoverageRegistered':
      return coverageRegistered(account, event);
    case 'billing.CoverageEnded':
      return coverageEnded(account, event);
    case 'billing.ChargePosted':
      return chargePosted(account, event);
    case 'billing.ChargeReversed':
      return chargeReversed(account, event);
    case 'billing.PayerShareTransferredToPatient':
      return payerShareTransferred(account, event);
    case 'billing.PatientShareTransferredToPayer':
      return patientShareTransferred(account, event);
    case 'billing.InvoiceDrafted':
      return invoiceDrafted(account, event);
    case 'billing.InvoiceIssued':
      return invoiceIssued(account, event);
    case 'billing.InvoiceVoided':
      return invoiceVoided(account, event);
    case 'billing.CreditNoteIssued':
      return creditNoteIssued(account, event);
    case 'billing.InvoiceWrittenOff':
      return invoiceWrittenOff(account, event);
    case 'billing.PaymentReceived':
      return paymentReceived(account, event);
    case 'billing.PaymentDeclined':
      return paymentDeclined(account, event);
    case 'billing.CreditAllocated':
      return creditAllocated(account, event);
    case 'billing.RefundIssued':
      return refundIssued(account, event);
    default:
      return assertNever(event);
  }
}

/** A cover, a charge or a payment opens the account, in the currency of its amount. */
function openedBy(event: AccountEvent): OpenAccount | undefined {
  const currency = openingCurrency(event);
  if (!currency) return undefined;
  return {
    status: 'open',
    patientId: event.data.patientId,
    currency,
    coverages: {},
    charges: {},
    invoices: {},
    credit: zero(currency),
    chargedSources: {},
    sourceReductions: {},
    providerReferences: {},
    payments: {},
    refunds: {},
    deductibleUsed: {},
    issuedCount: 0,
  };
}

function openingCurrency(event: AccountEvent): CurrencyCode | undefined {
  switch (event.type) {
    case 'billing.CoverageRegistered':
      return event.data.terms.deductiblePerYear.currency;
    case 'billing.ChargePosted':
      return event.data.total.currency;
    case 'billing.PaymentReceived':
    case 'billing.PaymentDeclined':
      return event.data.amount.currency;
    default:
      return undefined; // every other event needs a charge, cover or payment before it
  }
}

/** The account fold every account decider shares; snapshots keep long-lived accounts quick to load. */
export const accountFold = {
  initialState,
  evolve,
  // /2: covers keep their policy number. (/2 still: moving a share back to the payer added no field to the state.)
  // /3: a corrected charge answers for its source, and source reductions are remembered.
  snapshot: { key: 'billing.account/3', every: 100 } satisfies SnapshotPolicy,
};
