import { currentLocale } from '@hms/sdk/client';
import { parseDecimal } from '$lib/i18n/format';

/**
 * Amounts as the API carries them, whole minor units of a named currency (`{ amount: 1005, currency: 'USD' }`), and
 * as people read and type them ("US$10.05", "10.05"). The currency's own number of decimals decides the minor unit
 * (two for USD, none for JPY, three for KWD), so nothing is ever a float of the major unit on the wire.
 */
export interface Money {
  readonly amount: number;
  readonly currency: string;
}

/** How many decimals a currency's minor unit has (2 when the browser does not know the code). */
export function minorDigits(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

/** "US$10.05" in English, "US$ 10,05" in Portuguese, or "12.34 XYZ" for a code the browser does not know. */
export function formatMoney(money: Money): string {
  const digits = minorDigits(money.currency);
  const major = money.amount / 10 ** digits;
  try {
    return new Intl.NumberFormat(currentLocale(), { style: 'currency', currency: money.currency }).format(major);
  } catch {
    return `${major.toFixed(digits)} ${money.currency}`;
  }
}

/** Totals per currency, one after the other: "US$12.00 · KSh 450.00"; a dash when there is none. */
export function formatTotals(totals: readonly Money[]): string {
  return totals.length === 0 ? '—' : totals.map(formatMoney).join(' · ');
}

/**
 * What a person typed in the language's form ("10.05", "10", "1,005.5" in English; "10,05", "1.005,5" in Portuguese)
 * in whole minor units of the currency, or null when it is not an amount: negative, more decimals than the currency
 * has, digits grouped where they are not, or no currency code of three capital letters.
 */
export function parseMoney(typed: string, currency: string): Money | null {
  const code = currency.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(code)) return null;
  const digits = minorDigits(code);
  const number = parseDecimal(typed, digits);
  if (!number) return null;
  const amount = Number(number.whole) * 10 ** digits + Number(number.fraction.padEnd(digits, '0') || '0');
  return Number.isSafeInteger(amount) ? { amount, currency: code } : null;
}
