import { describe, expect, it } from 'vitest';
import { formatMoney, parseAmount } from './money';

describe('money on the billing screens', () => {
  it('shows minor units in major units with the currency digits', () => {
    expect(formatMoney({ amount: 150_050, currency: 'KES' })).toBe('1,500.50 KES');
    expect(formatMoney({ amount: 5, currency: 'USD' })).toBe('0.05 USD');
    expect(formatMoney({ amount: -12_345, currency: 'KES' })).toBe('-123.45 KES');
    expect(formatMoney({ amount: 2500, currency: 'UGX' })).toBe('2,500 UGX');
    expect(formatMoney({ amount: 1500, currency: 'KWD' })).toBe('1.500 KWD');
    expect(formatMoney(null)).toBe('—');
  });

  it('reads what the cashier typed, refusing what is not a whole number of minor units', () => {
    expect(parseAmount('1500.5', 'KES')).toBe(150_050);
    expect(parseAmount('1,500.50', 'KES')).toBe(150_050);
    expect(parseAmount(' 20 ', 'KES')).toBe(2000);
    expect(parseAmount('0.005', 'KES')).toBeNull();
    expect(parseAmount('2500.5', 'UGX')).toBeNull();
    expect(parseAmount('2500', 'UGX')).toBe(2500);
    expect(parseAmount('0', 'KES')).toBeNull();
    expect(parseAmount('-5', 'KES')).toBeNull();
    expect(parseAmount('abc', 'KES')).toBeNull();
  });
});
