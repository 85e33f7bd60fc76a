import { afterEach, describe, expect, it } from 'vitest';
import { setCurrentLocale } from '@hms/sdk/client';
import { formatMinor, toMinorUnits } from './money';

describe('money in the staff screens', () => {
  afterEach(() => setCurrentLocale('en-GB'));

  it('reads a typed amount into minor units, refusing what is not an amount', () => {
    expect(toMinorUnits('39000.00')).toBe(3_900_000);
    expect(toMinorUnits('39000')).toBe(3_900_000);
    expect(toMinorUnits('12,5')).toBe(1250);
    expect(toMinorUnits('1.234')).toBeNull();
    expect(toMinorUnits('-5')).toBeNull();
    expect(toMinorUnits('')).toBeNull();
  });

  it('shows minor units with two decimals and the currency', () => {
    expect(formatMinor(180_226, 'EUR')).toBe('1,802.26 EUR');
    expect(formatMinor(-5, 'GBP')).toBe('-0.05 GBP');
  });

  it('writes the amount with the separators of the language chosen', () => {
    setCurrentLocale('pt-BR');
    expect(formatMinor(180_226, 'EUR')).toBe('1.802,26 EUR');
    expect(formatMinor(-5, 'BRL')).toBe('-0,05 BRL');
  });
});
