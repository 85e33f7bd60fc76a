import { describe, expect, it } from 'vitest';
import { setCurrentLocale } from '@hms/sdk/client';
import { formatMoney, formatTotals, minorDigits, parseMoney } from './money';

describe('money in the inventory screens', () => {
  it('reads minor units with the currency’s own decimals', () => {
    expect(minorDigits('USD')).toBe(2);
    expect(minorDigits('JPY')).toBe(0);
    expect(formatMoney({ amount: 1005, currency: 'USD' })).toBe('US$10.05');
    expect(formatMoney({ amount: 1005, currency: 'JPY' })).toBe('JP¥1,005');
  });

  it('lists totals per currency, or a dash when there are none', () => {
    expect(formatTotals([])).toBe('—');
    expect(
      formatTotals([
        { amount: 1200, currency: 'USD' },
        { amount: 5, currency: 'JPY' },
      ]),
    ).toBe('US$12.00 · JP¥5');
  });

  it('turns what was typed into whole minor units, exactly', () => {
    expect(parseMoney('10.05', 'usd')).toEqual({ amount: 1005, currency: 'USD' });
    expect(parseMoney('1,005.5', 'USD')).toEqual({ amount: 100550, currency: 'USD' });
    expect(parseMoney('0.29', 'USD')).toEqual({ amount: 29, currency: 'USD' }); // never 28.999… as a float would
    expect(parseMoney('12', 'JPY')).toEqual({ amount: 12, currency: 'JPY' });
  });

  it('refuses what is not an amount in that currency', () => {
    expect(parseMoney('10.055', 'USD')).toBeNull();
    expect(parseMoney('1.5', 'JPY')).toBeNull();
    expect(parseMoney('-3', 'USD')).toBeNull();
    expect(parseMoney('ten', 'USD')).toBeNull();
    expect(parseMoney('10', 'dollars')).toBeNull();
  });
});

describe('money in the inventory screens in Portuguese', () => {
  it('writes and reads amounts in Portuguese form', () => {
    setCurrentLocale('pt-BR');
    try {
      expect(formatMoney({ amount: 1005, currency: 'USD' })).toBe('US$\u00a010,05');
      expect(formatTotals([{ amount: 123_456, currency: 'BRL' }])).toBe('R$\u00a01.234,56');
      expect(parseMoney('1.005,5', 'USD')).toEqual({ amount: 100550, currency: 'USD' });
      expect(parseMoney('0,29', 'BRL')).toEqual({ amount: 29, currency: 'BRL' });
      expect(parseMoney('10.05', 'BRL')).toBeNull(); // a point groups thousands in Portuguese: not read as 1005
    } finally {
      setCurrentLocale('en-GB');
    }
  });
});
