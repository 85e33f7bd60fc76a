import { renderPdf, type PdfBlock } from '@hms/sdk/pdf';
import type { CurrencyCode } from '../domain/money/currency';
import { formatMoney } from '../domain/money/money';
import type { InvoicePatient } from './invoice.pdf';

export interface ReceiptFacts {
  readonly paymentId: string;
  readonly kind: 'payment' | 'refund';
  readonly at: string;
  readonly method: string;
  readonly amount: number;
  readonly currency: CurrencyCode;
  readonly providerReference: string | null;
  readonly reason: string | null;
  /** The invoices the payment paid, by number, and how much of each. */
  readonly applied: readonly { readonly number: string; readonly amount: number }[];
  /** What the patient holds as credit now. */
  readonly creditNow: number;
}

const METHODS: Readonly<Record<string, string>> = { cash: 'Cash', card: 'Card', 'bank-transfer': 'Bank transfer' };

/** A receipt for money taken (or paid back): who, when, how much, how, and what it paid. */
export function receiptPdf(facts: ReceiptFacts, patient: InvoicePatient, createdAt: Date, issuer: string): Buffer {
  const money = (amount: number) => formatMoney({ amount, currency: facts.currency });
  const unapplied = facts.amount - facts.applied.reduce((s, a) => s + a.amount, 0);
  const blocks: PdfBlock[] = [
    {
      kind: 'table',
      columns: [{ label: '' }, { label: '' }],
      rows: [
        [facts.kind === 'refund' ? 'Refunded' : 'Received', money(facts.amount)],
        ['Method', METHODS[facts.method] ?? facts.method],
        ...(facts.providerReference ? [['Provider reference', facts.providerReference]] : []),
        ...(facts.reason ? [['Reason', facts.reason]] : []),
        ['Date', facts.at.slice(0, 16).replace('T', ' ')],
      ],
    },
  ];
  if (facts.kind === 'payment') {
    blocks.push(
      { kind: 'heading', text: 'Applied to' },
      {
        kind: 'table',
        columns: [{ label: 'Invoice' }, { label: 'Amount' }],
        rows: [
          ...facts.applied.map((a) => [a.number, money(a.amount)]),
          ...(unapplied > 0 ? [['Kept as credit', money(unapplied)]] : []),
        ],
        empty: 'Kept as credit.',
      },
    );
  }
  blocks.push({ kind: 'paragraph', text: `Credit held after this: ${money(facts.creditNow)}.` });
  return renderPdf({
    title: facts.kind === 'refund' ? 'Refund receipt' : 'Receipt',
    subtitle: [
      issuer,
      `${patient.name}, MRN ${patient.mrn}, born ${patient.birthDate}`,
      `Reference ${facts.paymentId}`,
    ],
    createdAt,
    blocks,
  });
}
