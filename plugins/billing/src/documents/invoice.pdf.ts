// #region pdf-import
import { renderPdf, type PdfBlock } from '@hms/sdk/pdf';
// #endregion pdf-import
import type { ServerLocale } from '@hms/sdk';
import type { OpenAccount, InvoiceEntry } from '../domain/account/account.state';
import type { Money } from '../domain/money/money';
import { dateIn, DOCUMENT_TEXTS, moneyIn } from './document-texts';

/** Who the invoice is for, as the patient plugin's published record gives it. */
export interface InvoicePatient {
  readonly name: string;
  readonly mrn: string;
  readonly birthDate: string;
}

/**
 * An issued invoice as a PDF: the hospital (`issuer`), the patient, each line in words (the service's name from
 * the catalogue) with its date, quantity, unit price, the payer's and the patient's share, then the totals (what
 * the invoice asks of the patient, paid, credited, written off, balance).
 */
export function invoicePdf(
  account: OpenAccount,
  invoice: InvoiceEntry,
  patient: InvoicePatient,
  serviceNames: ReadonlyMap<string, string>,
  createdAt: Date,
  issuer: string,
  locale: ServerLocale = 'en',
): Buffer {
  const t = DOCUMENT_TEXTS[locale];
  const formatMoney = (amount: Money): string => moneyIn(t, amount);
  const rows = invoice.lines.map((line) => {
    const charge = account.charges[line.chargeId];
    return [
      charge ? dateIn(t, charge.serviceDate) : '',
      charge ? (serviceNames.get(charge.serviceCode) ?? charge.serviceCode) : line.chargeId,
      String(charge?.quantity ?? ''),
      charge ? formatMoney(charge.unitPrice) : '',
      charge ? formatMoney(charge.payerShare) : '',
      formatMoney(line.amount),
    ];
  });
  const totals: [string, Money][] = [
    [t.totalDue, invoice.total],
    [t.paid, invoice.paid],
    [t.credited, invoice.credited],
    [t.writtenOff, invoice.writtenOff],
    [t.balance, invoice.balance],
  ];
  const blocks: PdfBlock[] = [
    { kind: 'heading', text: t.services },
    {
      kind: 'table',
      columns: [
        { label: t.columns.date },
        { label: t.columns.service },
        { label: t.columns.quantity },
        { label: t.columns.unitPrice },
        { label: t.columns.insurerPays },
        { label: t.columns.patientPays },
      ],
      rows,
      empty: t.noLines,
    },
    { kind: 'heading', text: t.totals },
    {
      kind: 'table',
      columns: [{ label: '' }, { label: t.columns.amount }],
      rows: totals.map(([label, amount]) => [label, formatMoney(amount)]),
    },
  ];
  return renderPdf({
    title: t.invoice(invoice.number ?? null),
    subtitle: [
      issuer,
      t.patientLine(patient.name, patient.mrn, dateIn(t, patient.birthDate)),
      t.issuedLine(invoice.issuedOn ? dateIn(t, invoice.issuedOn) : '-', t.statuses[invoice.status] ?? invoice.status),
    ],
    createdAt,
    blocks,
    pageLabel: t.page,
  });
}
