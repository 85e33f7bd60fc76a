import type { PaymentMethod, ServiceCategory } from '../../contracts/schemas';

/**
 * The chart of accounts under billing. Debit-normal (assets, expenses): receivables, unbilled, cash, card
 * clearing, bank, write-off expense. Credit-normal (liabilities, income): revenue, patient credit.
 *
 * - `patient-unbilled:<patientId>`: the patient's share of charges not yet on an issued invoice (accrued).
 * - `patient-receivable:<patientId>`: what issued invoices say the patient owes; every posting names its invoice,
 *   so an invoice's balance is its own slice of this account.
 * - `patient-credit:<patientId>`: money held for the patient (payments not yet applied, overpayments, credit notes
 *   beyond a balance); refunds are paid out of it.
 * - `payer-receivable:<payerId>`: what insurers and schemes owe for their share of charges.
 * - `revenue:<category>`: income per service category; reversals and credit notes debit it back.
 * - `cash`, `card-clearing`, `bank`: where money came in or went out (card money clears to the bank later).
 * - `write-off-expense`: patient balances given up as not recoverable.
 */
export type LedgerAccount =
  | { readonly kind: 'patient-unbilled' | 'patient-receivable' | 'patient-credit'; readonly patientId: string }
  | { readonly kind: 'payer-receivable'; readonly payerId: string }
  | { readonly kind: 'revenue'; readonly category: ServiceCategory }
  | { readonly kind: 'cash' | 'card-clearing' | 'bank' | 'write-off-expense' };

/** The account's code, e.g. `patient-receivable:<uuid>`, `revenue:bed-day`, `cash`. */
export function accountCode(account: LedgerAccount): string {
  switch (account.kind) {
    case 'patient-unbilled':
    case 'patient-receivable':
    case 'patient-credit':
      return `${account.kind}:${account.patientId}`;
    case 'payer-receivable':
      return `${account.kind}:${account.payerId}`;
    case 'revenue':
      return `${account.kind}:${account.category}`;
    default:
      return account.kind;
  }
}

/** Where money of a payment method lands (and a refund by that method leaves from). */
export function moneyAccount(method: PaymentMethod): LedgerAccount {
  switch (method) {
    case 'cash':
      return { kind: 'cash' };
    case 'card':
      return { kind: 'card-clearing' };
    case 'bank-transfer':
      return { kind: 'bank' };
  }
}
