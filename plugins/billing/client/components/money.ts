import { numberSeparators, parseDecimal } from '$lib/i18n/format';

/**
 * Money on the screens: amounts travel as whole minor units with their currency (as the server keeps them); the
 * cashier reads and types them in major units ("1500.50"). The digits after the point per currency follow ISO 4217.
 */
const NO_MINOR_UNIT = new Set([
  'BIF',
  'CLP',
  'DJF',
  'GNF',
  'ISK',
  'JPY',
  'KMF',
  'KRW',
  'PYG',
  'RWF',
  'UGX',
  'VND',
  'XAF',
  'XOF',
]);
const THREE_DIGITS = new Set(['BHD', 'IQD', 'JOD', 'KWD', 'LYD', 'OMR', 'TND']);

export const minorDigits = (currency: string): number =>
  NO_MINOR_UNIT.has(currency) ? 0 : THREE_DIGITS.has(currency) ? 3 : 2;

export interface Money {
  readonly amount: number;
  readonly currency: string;
}

/**
 * `150050 KES` → `1,500.50 KES` in English, `1.500,50 KES` in Portuguese: the language's separators, exactly the
 * currency's digits, never a float's rounding.
 */
export function formatMoney(money: Money | null | undefined): string {
  if (!money) return '—';
  const { group, decimal } = numberSeparators();
  const digits = minorDigits(money.currency);
  const negative = money.amount < 0;
  const units = String(Math.abs(money.amount)).padStart(digits + 1, '0');
  const whole = units.slice(0, units.length - digits).replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const fraction = digits > 0 ? `${decimal}${units.slice(units.length - digits)}` : '';
  return `${negative ? '-' : ''}${whole}${fraction} ${money.currency}`;
}

/**
 * What the cashier typed as major units in the language's form, in minor units: `1500.5` or `1,500.50` → 150050 for
 * KES in English, `1.500,50` in Portuguese. Null when it is not a positive amount with at most the currency's digits
 * (no silent rounding of a cent typed too many, no "10.5" read as 105 in Portuguese).
 */
export function parseAmount(text: string, currency: string): number | null {
  const digits = minorDigits(currency);
  const typed = parseDecimal(text, digits);
  if (!typed) return null;
  const amount = Number(`${typed.whole}${typed.fraction.padEnd(digits, '0')}`);
  return Number.isSafeInteger(amount) && amount > 0 ? amount : null;
}
