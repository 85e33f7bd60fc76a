import { z } from '@hms/sdk';

/**
 * The currencies a hospital may bill in, with their ISO 4217 minor-unit exponent: amounts are stored as whole
 * numbers of the minor unit (cents for USD, none for UGX, fils for BHD), never as fractions of the major unit.
 * Add a currency to both lists (the compiler refuses one without its exponent); nothing else needs to change.
 */
export const CURRENCY_CODES = [
  'USD',
  'EUR',
  'GBP',
  'CHF',
  'INR',
  'ZAR',
  'KES',
  'TZS',
  'NGN',
  'GHS',
  'ETB',
  'ZMW',
  'MWK',
  'EGP',
  'UGX',
  'RWF',
  'XOF',
  'XAF',
  'JPY',
  'BHD',
  'KWD',
  'OMR',
] as const;

export type CurrencyCode = (typeof CURRENCY_CODES)[number];

export const CURRENCY_EXPONENTS: Readonly<Record<CurrencyCode, 0 | 2 | 3>> = {
  USD: 2,
  EUR: 2,
  GBP: 2,
  CHF: 2,
  INR: 2,
  ZAR: 2,
  KES: 2,
  TZS: 2,
  NGN: 2,
  GHS: 2,
  ETB: 2,
  ZMW: 2,
  MWK: 2,
  EGP: 2,
  UGX: 0,
  RWF: 0,
  XOF: 0,
  XAF: 0,
  JPY: 0,
  BHD: 3,
  KWD: 3,
  OMR: 3,
};

/** An ISO 4217 code of a supported currency. */
export const currencySchema = z.enum(CURRENCY_CODES);

/** How many minor units make one major unit: 100 for USD, 1 for UGX, 1000 for BHD. */
export function minorUnitsPerMajor(currency: CurrencyCode): number {
  return 10 ** CURRENCY_EXPONENTS[currency];
}
