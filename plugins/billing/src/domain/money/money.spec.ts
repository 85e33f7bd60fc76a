import { add, formatMoney, money, subtract, times } from './money';

describe('money', () => {
  it('adds and subtracts in minor units of one currency', () => {
    expect(add(money(1_050, 'KES'), money(2_025, 'KES'))).toEqual(money(3_075, 'KES'));
    expect(subtract(money(100, 'UGX'), money(250, 'UGX'))).toEqual(money(-150, 'UGX'));
    expect(times(money(1_999, 'USD'), 3)).toEqual(money(5_997, 'USD'));
  });

  it('never mixes currencies, and refuses fractions of the minor unit', () => {
    expect(() => add(money(1, 'KES'), money(1, 'USD'))).toThrow('CURRENCY_MISMATCH');
    expect(() => money(10.5, 'KES')).toThrow('AMOUNT_NOT_WHOLE');
    expect(() => money(Number.MAX_SAFE_INTEGER + 1, 'KES')).toThrow('AMOUNT_NOT_WHOLE');
  });

  it("formats by the currency's minor unit", () => {
    expect(formatMoney(money(150_050, 'KES'))).toBe('1500.50 KES');
    expect(formatMoney(money(-5, 'USD'))).toBe('-0.05 USD');
    expect(formatMoney(money(25_000, 'UGX'))).toBe('25000 UGX');
    expect(formatMoney(money(1_234, 'BHD'))).toBe('1.234 BHD');
  });
});
