import { afterEach, describe, expect, it } from 'vitest';
import { setCurrentLocale } from '@hms/sdk/client';
import { formatMoney, parseAmount } from './money';

describe('money on the billing screens', () => {
  afterEach(() => setCurrentLocale('en-GB'));

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

  it('writes and reads amounts in Portuguese form when the client is in Portuguese', () => {
    setCurrentLocale('pt-BR');
    expect(formatMoney({ amount: 150_050, currency: 'BRL' })).toBe('1.500,50 BRL');
    expect(formatMoney({ amount: -12_345, currency: 'BRL' })).toBe('-123,45 BRL');
    expect(formatMoney({ amount: 1_234_567, currency: 'UGX' })).toBe('1.234.567 UGX');
    expect(parseAmount('1.500,50', 'BRL')).toBe(150_050);
    expect(parseAmount('1500,5', 'BRL')).toBe(150_050);
    expect(parseAmount('1 500,50', 'BRL')).toBe(150_050);
    // A point where Portuguese groups thousands, not in a group of three: refused, never read as 105.
    expect(parseAmount('10.5', 'BRL')).toBeNull();
    expect(parseAmount('1.500', 'BRL')).toBe(150_000);
    expect(parseAmount('0,005', 'BRL')).toBeNull();
  });
});
