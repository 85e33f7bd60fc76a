// #region pdf-import
import { renderPdf, type PdfBlock } from '@hms/sdk/pdf';
// #endregion pdf-import
import type { OpenAccount, InvoiceEntry } from '../domain/account/account.state';
import { formatMoney, type Money } from '../domain/money/money';

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
): Buffer {
  const rows = invoice.lines.map((line) => {
    const charge = account.charges[line.chargeId];
    return [
      charge?.serviceDate ?? '',
      charge ? (serviceNames.get(charge.serviceCode) ?? charge.serviceCode) : line.chargeId,
      String(charge?.quantity ?? ''),
      charge ? formatMoney(charge.unitPrice) : '',
      charge ? formatMoney(charge.payerShare) : '',
      formatMoney(line.amount),
    ];
  });
  const totals: [string, Money][] = [
    ['Total due from the patient', invoice.total],
    ['Paid', invoice.paid],
    ['Credited', invoice.credited],
    ['Written off', invoice.writtenOff],
    ['Balance', invoice.balance],
  ];
  const blocks: PdfBlock[] = [
    { kind: 'heading', text: 'Services' },
    {
      kind: 'table',
      columns: [
        { label: 'Date' },
        { label: 'Service' },
        { label: 'Qty' },
        { label: 'Unit price' },
        { label: 'Insurer pays' },
        { label: 'Patient pays' },
      ],
      rows,
      empty: 'No lines.',
    },
    { kind: 'heading', text: 'Totals' },
    {
      kind: 'table',
      columns: [{ label: '' }, { label: 'Amount' }],
      rows: totals.map(([label, amount]) => [label, formatMoney(amount)]),
    },
  ];
  return renderPdf({
    title: `Invoice ${invoice.number ?? '(draft)'}`,
    subtitle: [
      issuer,
      `${patient.name}, MRN ${patient.mrn}, born ${patient.birthDate}`,
      `Issued ${invoice.issuedOn ?? '-'}, status ${invoice.status}`,
    ],
    createdAt,
    blocks,
  });
}
