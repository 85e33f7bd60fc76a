import { NotFoundError } from '@hms/sdk';
import type { CoverageTerms, InvoiceScope, ServiceCategory } from '../../contracts/schemas';
import { CHARGE_NOT_FOUND, INVOICE_NOT_FOUND } from '../../errors';
import type { CoverInForce } from '../coverage/payer-split';
import { within } from '../dates';
import type { CurrencyCode } from '../money/currency';
import type { Money } from '../money/money';

export interface CoverageEntry extends CoverInForce {
  readonly policyNumber: string;
  readonly validFrom: string;
  readonly validTo?: string;
  readonly terms: CoverageTerms;
}

export interface ChargeEntry {
  readonly chargeId: string;
  readonly status: 'posted' | 'reversed';
  readonly encounterId: string;
  readonly serviceCode: string;
  readonly category: ServiceCategory;
  readonly serviceDate: string;
  readonly quantity: number;
  readonly priceListId: string;
  /** The price it was charged at: a later price change never alters it. */
  readonly unitPrice: Money;
  readonly payerId?: string;
  readonly coverageId?: string;
  /** What the patient owes of it, including parts the payer later denied. */
  readonly patientShare: Money;
  readonly payerShare: Money;
  /** Of the patient's share, what is on no draft or issued invoice yet. */
  readonly uninvoiced: Money;
  /** The deductible this charge used (given back when it is reversed). */
  readonly deductible: Money;
}

export interface InvoiceLine {
  readonly chargeId: string;
  readonly category: ServiceCategory;
  readonly amount: Money;
  /** How much of the line credit notes have taken back. */
  readonly credited: Money;
}

export type InvoiceStatus = 'draft' | 'issued' | 'partly-paid' | 'paid' | 'void';

export interface InvoiceEntry {
  readonly invoiceId: string;
  readonly status: InvoiceStatus;
  readonly scope: InvoiceScope;
  readonly lines: readonly InvoiceLine[];
  readonly total: Money;
  /** What is still owed: total − credit notes − write-offs − payments. */
  readonly balance: Money;
  readonly paid: Money;
  readonly credited: Money;
  readonly writtenOff: Money;
  readonly number?: string;
  readonly issuedOn?: string;
  /** Order of issue, for "oldest first" allocation. */
  readonly issueOrder?: number;
  readonly creditNotes: number;
}

export interface OpenAccount {
  readonly status: 'open';
  readonly patientId: string;
  readonly currency: CurrencyCode;
  readonly coverages: Readonly<Record<string, CoverageEntry>>;
  readonly charges: Readonly<Record<string, ChargeEntry>>;
  readonly invoices: Readonly<Record<string, InvoiceEntry>>;
  /** Money received and not (yet) applied to an invoice: overpayments, credit notes beyond a balance. */
  readonly credit: Money;
  /** Source event id → the charge it produced: a source is charged once. */
  readonly chargedSources: Readonly<Record<string, string>>;
  /** Events that returned part of a charged source (a medication return): each reduces a charge once. */
  readonly sourceReductions: Readonly<Record<string, true>>;
  /** Provider reference → what the provider said: a confirmation is recorded once. */
  readonly providerReferences: Readonly<Record<string, 'received' | 'declined'>>;
  readonly payments: Readonly<Record<string, 'received' | 'declined'>>;
  readonly refunds: Readonly<Record<string, true>>;
  /** `<coverageId>/<year>` → deductible the patient paid under that cover in that calendar year. */
  readonly deductibleUsed: Readonly<Record<string, Money>>;
  readonly issuedCount: number;
}

/** A patient's account: nothing yet, or open (in the currency of its first amount). */
export type AccountState = { readonly status: 'new' } | OpenAccount;

export const initialState = (): AccountState => ({ status: 'new' });

export function chargeOf(state: AccountState, chargeId: string): ChargeEntry {
  const charge = state.status === 'open' ? state.charges[chargeId] : undefined;
  if (!charge) throw new NotFoundError(CHARGE_NOT_FOUND, { chargeId });
  return charge;
}

export function invoiceOf(state: AccountState, invoiceId: string): InvoiceEntry {
  const invoice = state.status === 'open' ? state.invoices[invoiceId] : undefined;
  if (!invoice) throw new NotFoundError(INVOICE_NOT_FOUND, { invoiceId });
  return invoice;
}

/** The cover in force on a service date (the most recently started one if two overlap). */
export function coverOn(state: AccountState, serviceDate: string): CoverageEntry | undefined {
  if (state.status !== 'open') return undefined;
  return Object.values(state.coverages)
    .filter((c) => within(serviceDate, c.validFrom, c.validTo))
    .sort((a, b) => b.validFrom.localeCompare(a.validFrom))[0];
}

/** Issued invoices with something owed, oldest first: the default order a payment is applied in. */
export function openInvoicesOldestFirst(state: AccountState): InvoiceEntry[] {
  if (state.status !== 'open') return [];
  return Object.values(state.invoices)
    .filter((i) => (i.status === 'issued' || i.status === 'partly-paid') && i.balance.amount > 0)
    .sort((a, b) => (a.issueOrder ?? 0) - (b.issueOrder ?? 0));
}

/** An invoice that has been issued and not voided: it changes only by credit note, write-off or payment. */
export const isIssued = (invoice: InvoiceEntry): boolean =>
  invoice.status === 'issued' || invoice.status === 'partly-paid' || invoice.status === 'paid';
