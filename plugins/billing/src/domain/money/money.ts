import { InvariantViolation } from '@hms/sdk';
import type { CurrencyCode } from './currency';
import { minorUnitsPerMajor, CURRENCY_EXPONENTS } from './currency';

/**
 * An amount of money: a whole number of the currency's minor unit and the currency. Amounts of different
 * currencies are never added: every operation here refuses them (`CURRENCY_MISMATCH`) instead of converting.
 * Amounts stay within JavaScript's safe integers (±9 · 10^15 minor units), far above any hospital bill.
 */
export interface Money {
  readonly amount: number;
  readonly currency: CurrencyCode;
}

export const CURRENCY_MISMATCH = 'CURRENCY_MISMATCH';
export const AMOUNT_NOT_WHOLE = 'AMOUNT_NOT_WHOLE';

/** Makes an amount, refusing fractions of the minor unit and unsafe integers. */
export function money(amount: number, currency: CurrencyCode): Money {
  if (!Number.isSafeInteger(amount)) throw new InvariantViolation(AMOUNT_NOT_WHOLE, { amount, currency });
  return { amount: amount === 0 ? 0 : amount, currency }; // no -0 in stored events
}

export const zero = (currency: CurrencyCode): Money => money(0, currency);

function sameCurrency(a: Money, b: Money): CurrencyCode {
  if (a.currency !== b.currency)
    throw new InvariantViolation(CURRENCY_MISMATCH, { expected: a.currency, actual: b.currency });
  return a.currency;
}

export const add = (a: Money, b: Money): Money => money(a.amount + b.amount, sameCurrency(a, b));
export const subtract = (a: Money, b: Money): Money => money(a.amount - b.amount, sameCurrency(a, b));
export const negate = (a: Money): Money => money(-a.amount, a.currency);
/** Times a whole quantity (units of a service): exact, no rounding. */
export const times = (a: Money, quantity: number): Money => money(a.amount * quantity, a.currency);

export function sum(currency: CurrencyCode, amounts: readonly Money[]): Money {
  return amounts.reduce(add, zero(currency));
}

export function compare(a: Money, b: Money): -1 | 0 | 1 {
  sameCurrency(a, b);
  return a.amount < b.amount ? -1 : a.amount > b.amount ? 1 : 0;
}
export const min = (a: Money, b: Money): Money => (compare(a, b) <= 0 ? a : b);
export const max = (a: Money, b: Money): Money => (compare(a, b) >= 0 ? a : b);
export const isZero = (a: Money): boolean => a.amount === 0;
export const isPositive = (a: Money): boolean => a.amount > 0;
export const isNegative = (a: Money): boolean => a.amount < 0;

/** A plain form for documents and messages: `1234.50 KES` (no grouping; locale formatting is the screens' job). */
export function formatMoney(a: Money): string {
  const exponent = CURRENCY_EXPONENTS[a.currency];
  const units = minorUnitsPerMajor(a.currency);
  const sign = a.amount < 0 ? '-' : '';
  const abs = Math.abs(a.amount);
  const major = Math.floor(abs / units);
  const minor = exponent === 0 ? '' : `.${String(abs % units).padStart(exponent, '0')}`;
  return `${sign}${major}${minor} ${a.currency}`;
}
