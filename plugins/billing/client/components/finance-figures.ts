import { currentLocale } from '@hms/sdk/client';
import { messages as msg } from '../messages';
import { minorDigits } from './money';

/** A line of the analytics reports (every report shares these columns); amounts are in major units. */
export interface ReportLine {
  readonly [key: string]: string | number | boolean | null;
}

export interface FinanceFigures {
  /** Revenue on the service date this month, net of reversed charges, per currency. */
  readonly revenue: readonly { currency: string; amount: number }[];
  /** What issued invoices still ask for, by days since issue. */
  readonly ageing: readonly { band: string; currency: string; amount: number; invoices: number }[];
  /** Money applied to invoices this month, per currency. */
  readonly collected: readonly { currency: string; amount: number }[];
  readonly daysToPayment: number | null;
  /** Claim lines denied of those decided this month, per payer. */
  readonly denials: readonly { payerId: string; rate: number | null; denied: number; decided: number }[];
  /** Set when the report says billing is not enabled (then every figure is empty). */
  readonly unavailable: string | null;
}

/** The financial report over the month so far: its first day to today. */
export const monthToDate = (today: string): { from: string; to: string } => ({
  from: `${today.slice(0, 8)}01`,
  to: today,
});

const num = (v: unknown): number => (typeof v === 'number' ? v : Number(v ?? 0));
/** The report names the currency first in a line's note ("KES; numerator: charges"). */
const currencyOf = (line: ReportLine): string =>
  String(line.note ?? '')
    .split(';')[0]!
    .trim();

function perCurrency(lines: readonly ReportLine[]): { currency: string; amount: number }[] {
  const totals = new Map<string, number>();
  for (const line of lines) totals.set(currencyOf(line), (totals.get(currencyOf(line)) ?? 0) + num(line.value));
  // Sums of two-decimal figures: rounded back to the currency's digits, so 0.1 + 0.2 shows as 0.30.
  return [...totals].map(([currency, amount]) => ({ currency, amount: roundTo(amount, minorDigits(currency)) }));
}
const roundTo = (value: number, digits: number): number => Math.round(value * 10 ** digits) / 10 ** digits;

/** The dashboard's figures out of the financial-performance report's lines. */
export function financeFigures(lines: readonly ReportLine[]): FinanceFigures {
  const of = (measure: string) => lines.filter((l) => l.measure === measure && l.value !== null);
  const unavailable = lines.find((l) => l.measure === 'not available');
  const days = lines.find((l) => l.measure === 'average days to payment');
  return {
    revenue: perCurrency(of('revenue by category')),
    ageing: lines
      .filter((l) => l.measure === 'owed' && l.subject)
      .map((l) => ({
        band: String(l.subject),
        currency: currencyOf(l),
        amount: num(l.value),
        invoices: num(l.numerator),
      })),
    collected: perCurrency(of('collected')),
    daysToPayment: days && days.value !== null ? num(days.value) : null,
    denials: lines
      .filter((l) => l.measure === 'denial rate (%)' && l.subject)
      .map((l) => ({
        payerId: String(l.subject),
        rate: l.value === null ? null : num(l.value),
        denied: num(l.numerator),
        decided: num(l.denominator),
      })),
    unavailable: unavailable ? msg.billing.financeUnavailable : null,
  };
}

/**
 * A major-unit figure as the cashier reads money: the language's grouped thousands and decimal sign, exactly the
 * currency's digits.
 */
export function formatMajor(amount: number, currency: string): string {
  const digits = minorDigits(currency);
  const text = amount.toLocaleString(currentLocale(), { minimumFractionDigits: digits, maximumFractionDigits: digits });
  return `${text} ${currency}`;
}
