import { currentLocale } from '@hms/sdk/client';

/**
 * Money as the staff screens show and take it: integer minor units (cents) on the wire, "39000.00" in a field.
 * Every currency the hospital pays in here has two decimals.
 */
export function toMinorUnits(text: string): number | null {
  const match = /^\s*(\d{1,9})(?:[.,](\d{1,2}))?\s*$/.exec(text);
  if (!match) return null;
  const [, whole = '0', fraction = ''] = match;
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}

/**
 * Minor units with two decimals and the currency's code, in the separators of the language on now ("1,802.26 EUR",
 * "1.802,26 EUR"): the code rather than a symbol, as payroll staff read several currencies side by side.
 */
export function formatMinor(amount: number, currency: string): string {
  const number = new Intl.NumberFormat(currentLocale(), { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return `${number.format(amount / 100)} ${currency}`;
}
