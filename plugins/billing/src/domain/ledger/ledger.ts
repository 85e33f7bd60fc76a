import type { CurrencyCode } from '../money/currency';
import type { Posting } from './postings';

/** Sums in minor units; the ledger of one hospital is in one currency. */
export interface TrialBalance {
  readonly currency: CurrencyCode | undefined;
  readonly debits: number;
  readonly credits: number;
  /** Per account code: debits − credits (positive for a debit balance). */
  readonly balances: Readonly<Record<string, number>>;
}

export function trialBalance(postings: readonly Posting[]): TrialBalance {
  const balances: Record<string, number> = {};
  let debits = 0;
  let credits = 0;
  for (const p of postings) {
    const signed = p.side === 'debit' ? p.amount.amount : -p.amount.amount;
    balances[p.account] = (balances[p.account] ?? 0) + signed;
    if (p.side === 'debit') debits += p.amount.amount;
    else credits += p.amount.amount;
  }
  return { currency: postings[0]?.amount.currency, debits, credits, balances };
}

/** What one invoice's slice of the patient receivable account holds: its balance by the ledger. */
export function invoiceBalance(postings: readonly Posting[], invoiceId: string): number {
  return postings
    .filter((p) => p.invoiceId === invoiceId && p.account.startsWith('patient-receivable:'))
    .reduce((s, p) => s + (p.side === 'debit' ? p.amount.amount : -p.amount.amount), 0);
}
