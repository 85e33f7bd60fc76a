import type { ServerLocale } from '@hms/sdk';
import { CURRENCY_EXPONENTS } from '../domain/money/currency';
import type { Money } from '../domain/money/money';

/** The fixed words of the invoice and the receipt, in each language the server prints in. */
export interface DocumentTexts {
  readonly invoice: (number: string | null) => string;
  readonly services: string;
  readonly columns: {
    readonly date: string;
    readonly service: string;
    readonly quantity: string;
    readonly unitPrice: string;
    readonly insurerPays: string;
    readonly patientPays: string;
    readonly amount: string;
    readonly invoice: string;
  };
  readonly noLines: string;
  readonly totals: string;
  readonly totalDue: string;
  readonly paid: string;
  readonly credited: string;
  readonly writtenOff: string;
  readonly balance: string;
  readonly patientLine: (name: string, mrn: string, born: string) => string;
  readonly issuedLine: (issuedOn: string, status: string) => string;
  readonly statuses: Readonly<Record<string, string>>;
  readonly receipt: string;
  readonly refundReceipt: string;
  readonly received: string;
  readonly refunded: string;
  readonly method: string;
  readonly methods: Readonly<Record<string, string>>;
  readonly providerReference: string;
  readonly reason: string;
  readonly when: (time: string, timeZone: string) => string;
  readonly appliedTo: string;
  readonly keptAsCredit: string;
  readonly keptAsCreditOnly: string;
  readonly creditAfter: (amount: string) => string;
  readonly reference: (paymentId: string) => string;
  readonly page: (page: number, pages: number) => string;
  /** How dates, times and numbers are written (Intl). */
  readonly formatLocale: string;
}

const en: DocumentTexts = {
  invoice: (number) => `Invoice ${number ?? '(draft)'}`,
  services: 'Services',
  columns: {
    date: 'Date',
    service: 'Service',
    quantity: 'Qty',
    unitPrice: 'Unit price',
    insurerPays: 'Insurer pays',
    patientPays: 'Patient pays',
    amount: 'Amount',
    invoice: 'Invoice',
  },
  noLines: 'No lines.',
  totals: 'Totals',
  totalDue: 'Total due from the patient',
  paid: 'Paid',
  credited: 'Credited',
  writtenOff: 'Written off',
  balance: 'Balance',
  patientLine: (name, mrn, born) => `${name}, MRN ${mrn}, born ${born}`,
  issuedLine: (issuedOn, status) => `Issued ${issuedOn}, status ${status}`,
  statuses: { 'partly-paid': 'partly paid' },
  receipt: 'Receipt',
  refundReceipt: 'Refund receipt',
  received: 'Received',
  refunded: 'Refunded',
  method: 'Method',
  methods: { cash: 'Cash', card: 'Card', 'bank-transfer': 'Bank transfer' },
  providerReference: 'Provider reference',
  reason: 'Reason',
  when: (time, timeZone) => `${time} (${timeZone})`,
  appliedTo: 'Applied to',
  keptAsCredit: 'Kept as credit',
  keptAsCreditOnly: 'Kept as credit.',
  creditAfter: (amount) => `Credit held after this: ${amount}.`,
  reference: (paymentId) => `Reference ${paymentId}`,
  page: (page, pages) => `Page ${page} of ${pages}`,
  formatLocale: 'en-GB',
};

const ptBr: DocumentTexts = {
  invoice: (number) => `Fatura ${number ?? '(rascunho)'}`,
  services: 'Serviços',
  columns: {
    date: 'Data',
    service: 'Serviço',
    quantity: 'Qtd.',
    unitPrice: 'Preço unitário',
    insurerPays: 'Convênio paga',
    patientPays: 'Paciente paga',
    amount: 'Valor',
    invoice: 'Fatura',
  },
  noLines: 'Nenhum item.',
  totals: 'Totais',
  totalDue: 'Total devido pelo paciente',
  paid: 'Pago',
  credited: 'Creditado',
  writtenOff: 'Baixado',
  balance: 'Saldo',
  patientLine: (name, mrn, born) => `${name}, prontuário ${mrn}, nascimento ${born}`,
  issuedLine: (issuedOn, status) => `Emitida em ${issuedOn}, situação: ${status}`,
  statuses: { draft: 'rascunho', issued: 'emitida', 'partly-paid': 'paga em parte', paid: 'paga', void: 'cancelada' },
  receipt: 'Recibo',
  refundReceipt: 'Recibo de reembolso',
  received: 'Recebido',
  refunded: 'Reembolsado',
  method: 'Forma de pagamento',
  methods: { cash: 'Dinheiro', card: 'Cartão', 'bank-transfer': 'Transferência bancária' },
  providerReference: 'Referência da operadora',
  reason: 'Motivo',
  when: (time, timeZone) => `${time} (${timeZone})`,
  appliedTo: 'Aplicado a',
  keptAsCredit: 'Mantido como crédito',
  keptAsCreditOnly: 'Mantido como crédito.',
  creditAfter: (amount) => `Crédito após este pagamento: ${amount}.`,
  reference: (paymentId) => `Referência ${paymentId}`,
  page: (page, pages) => `Página ${page} de ${pages}`,
  formatLocale: 'pt-BR',
};

export const DOCUMENT_TEXTS: Readonly<Record<ServerLocale, DocumentTexts>> = { en, 'pt-BR': ptBr };

/**
 * An amount as the reader writes it ("1,500.50 KES", "1.500,50 KES"), exact: the integer minor units become a
 * decimal string that Intl formats without passing through a float.
 */
export function moneyIn(texts: DocumentTexts, a: Money): string {
  const exponent = CURRENCY_EXPONENTS[a.currency];
  const digits = String(Math.abs(a.amount)).padStart(exponent + 1, '0');
  const decimal = exponent === 0 ? digits : `${digits.slice(0, -exponent)}.${digits.slice(-exponent)}`;
  const number = new Intl.NumberFormat(texts.formatLocale, {
    minimumFractionDigits: exponent,
    maximumFractionDigits: exponent,
    // A decimal string keeps every digit of an amount larger than a float holds exactly.
  }).format((a.amount < 0 ? `-${decimal}` : decimal) as unknown as number);
  return `${number} ${a.currency}`;
}

/** A calendar date (YYYY-MM-DD, no zone) as the reader writes it: "2 Mar 2026", "2 de mar. de 2026". */
export function dateIn(texts: DocumentTexts, date: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
  return new Intl.DateTimeFormat(texts.formatLocale, {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  }).format(new Date(`${date}T00:00:00Z`));
}

/** An instant on the hospital's clock: "2 Mar 2026, 09:05". */
export function timeIn(texts: DocumentTexts, iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat(texts.formatLocale, {
    timeZone,
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso));
}
