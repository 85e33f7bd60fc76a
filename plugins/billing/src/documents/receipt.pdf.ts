import type { ServerLocale } from '@hms/sdk';
import { renderPdf, type PdfBlock } from '@hms/sdk/pdf';
import type { CurrencyCode } from '../domain/money/currency';
import { dateIn, DOCUMENT_TEXTS, moneyIn, timeIn } from './document-texts';
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

/** How the receipt is printed: the reader's language and the hospital's clock. */
export interface ReceiptPrint {
  readonly locale: ServerLocale;
  readonly timeZone: string;
}

/** A receipt for money taken (or paid back): who, when, how much, how, and what it paid. */
export function receiptPdf(
  facts: ReceiptFacts,
  patient: InvoicePatient,
  createdAt: Date,
  issuer: string,
  print: ReceiptPrint = { locale: 'en', timeZone: 'UTC' },
): Buffer {
  const t = DOCUMENT_TEXTS[print.locale];
  const money = (amount: number) => moneyIn(t, { amount, currency: facts.currency });
  const unapplied = facts.amount - facts.applied.reduce((s, a) => s + a.amount, 0);
  const blocks: PdfBlock[] = [
    {
      kind: 'table',
      columns: [{ label: '' }, { label: '' }],
      rows: [
        [facts.kind === 'refund' ? t.refunded : t.received, money(facts.amount)],
        [t.method, t.methods[facts.method] ?? facts.method],
        ...(facts.providerReference ? [[t.providerReference, facts.providerReference]] : []),
        ...(facts.reason ? [[t.reason, facts.reason]] : []),
        [t.columns.date, t.when(timeIn(t, facts.at, print.timeZone), print.timeZone)],
      ],
    },
  ];
  if (facts.kind === 'payment') {
    blocks.push(
      { kind: 'heading', text: t.appliedTo },
      {
        kind: 'table',
        columns: [{ label: t.columns.invoice }, { label: t.columns.amount }],
        rows: [
          ...facts.applied.map((a) => [a.number, money(a.amount)]),
          ...(unapplied > 0 ? [[t.keptAsCredit, money(unapplied)]] : []),
        ],
        empty: t.keptAsCreditOnly,
      },
    );
  }
  blocks.push({ kind: 'paragraph', text: t.creditAfter(money(facts.creditNow)) });
  return renderPdf({
    title: facts.kind === 'refund' ? t.refundReceipt : t.receipt,
    subtitle: [
      issuer,
      t.patientLine(patient.name, patient.mrn, dateIn(t, patient.birthDate)),
      t.reference(facts.paymentId),
    ],
    createdAt,
    blocks,
    pageLabel: t.page,
  });
}
