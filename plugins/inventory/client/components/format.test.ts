import { describe, expect, it } from 'vitest';
import { setCurrentLocale } from '@hms/sdk/client';
import { formatChange, formatDay, formatQuantity, unitFor } from './format';

describe('a quantity with its unit', () => {
  it('uses the singular for one and the plural otherwise, changing only the first word', () => {
    expect(formatQuantity(1, 'tablet')).toBe('1 tablet');
    expect(formatQuantity(1200, 'tablet')).toBe('1,200 tablets');
    expect(formatQuantity(0, 'vial')).toBe('0 vials');
    expect(formatQuantity(3, 'box of 100')).toBe('3 boxes of 100');
    expect(unitFor(2, 'battery')).toBe('batteries');
  });

  it('keeps abbreviations as they are and leaves "each" out', () => {
    expect(formatQuantity(5, 'mL')).toBe('5 mL');
    expect(formatQuantity(5, 'kg')).toBe('5 kg');
    expect(formatQuantity(12, 'each')).toBe('12');
  });

  it('signs a change on the stock card', () => {
    expect(formatChange(30, 'tablet')).toBe('+30 tablets');
    expect(formatChange(-1, 'tablet')).toBe('−1 tablet');
    expect(formatChange(0, 'tablet')).toBe('0 tablets');
  });
});

describe('a calendar day', () => {
  it('reads the same in every time zone', () => {
    expect(formatDay('2027-01-31')).toBe('31 Jan 2027');
    expect(formatDay('not a day')).toBe('not a day');
  });
});

describe('quantities and days in Portuguese', () => {
  it('use the Portuguese separators and month names', () => {
    setCurrentLocale('pt-BR');
    try {
      expect(formatQuantity(1200, 'comprimido')).toBe('1.200 comprimidos');
      expect(formatQuantity(3, 'caixa de 100')).toBe('3 caixas de 100');
      expect(formatDay('2027-01-31')).toBe('31 de jan. de 2027');
    } finally {
      setCurrentLocale('en-GB');
    }
  });
});
