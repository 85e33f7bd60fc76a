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

/** `150050 KES` → `1,500.50 KES`: grouped thousands, exactly the currency's digits, never a float's rounding. */
export function formatMoney(money: Money | null | undefined): string {
  if (!money) return '—';
  const digits = minorDigits(money.currency);
  const negative = money.amount < 0;
  const units = String(Math.abs(money.amount)).padStart(digits + 1, '0');
  const whole = units.slice(0, units.length - digits).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const fraction = digits > 0 ? `.${units.slice(units.length - digits)}` : '';
  return `${negative ? '-' : ''}${whole}${fraction} ${money.currency}`;
}

/**
 * What the cashier typed as major units, in minor units: `1500.5` → 150050 for KES. Null when it is not a positive
 * amount with at most the currency's digits (no silent rounding of a cent typed too many).
 */
export function parseAmount(text: string, currency: string): number | null {
  const digits = minorDigits(currency);
  const cleaned = text.trim().replace(/[,\s]/g, '');
  const pattern = digits === 0 ? /^(\d+)$/ : new RegExp(`^(\\d+)(?:\\.(\\d{1,${digits}}))?$`);
  const match = pattern.exec(cleaned);
  if (!match) return null;
  const whole = match[1] ?? '0';
  const fraction = (match[2] ?? '').padEnd(digits, '0');
  const amount = Number(`${whole}${fraction}`);
  return Number.isSafeInteger(amount) && amount > 0 ? amount : null;
}
