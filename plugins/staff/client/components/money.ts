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

export function formatMinor(amount: number, currency: string): string {
  const sign = amount < 0 ? '-' : '';
  const abs = Math.abs(amount);
  const whole = Math.floor(abs / 100).toLocaleString('en');
  return `${sign}${whole}.${String(abs % 100).padStart(2, '0')} ${currency}`;
}
