import type { PayPolicy } from '../../contracts/payroll.schemas';
import { EMPLOYEE, term, TERM_2 } from '../../../test/builders';
import { exact, toMinor } from './exact';
import { calculatePayslip, type PayInput } from './payslip';

/**
 * Payslips checked against hand computations. Amounts are euro cents. The one rounding rule: each line is computed
 * exactly and rounded once to the cent, halves away from zero. The contract: €39,000 a year full time (3,900,000
 * cents), 37.5 h a week full time, so the monthly salary is 325,000 and the hourly rate 3,900,000 / (52 × 37.5) =
 * 2,000 cents. March 2027 has 31 days.
 */
const policy: PayPolicy = {
  currency: 'EUR',
  overtimeMultiplier: 1.5,
  rules: [
    { code: 'UNIFORM', label: 'Uniform allowance', kind: 'earning', basis: 'fixed', amount: 2500 },
    {
      code: 'NIGHT_ENH',
      label: 'Night enhancement',
      kind: 'earning',
      basis: 'per-hour',
      hoursOf: 'night',
      amount: 300,
    },
    { code: 'PENSION', label: 'Pension 5 %', kind: 'deduction', basis: 'percent', of: 'basic', basisPoints: 500 },
    { code: 'TAX', label: 'Income tax 20 %', kind: 'deduction', basis: 'percent', of: 'gross', basisPoints: 2000 },
    { code: 'UNION', label: 'Union dues', kind: 'deduction', basis: 'fixed', amount: 1200 },
  ],
};
const MARCH = { from: '2027-03-01', to: '2027-03-31' };
const input = (overrides: Partial<PayInput> = {}): PayInput => ({
  employeeId: EMPLOYEE,
  period: MARCH,
  terms: [term()],
  lastDay: null,
  overtime: [],
  unpaidLeaveDates: [],
  minutes: { worked: 0, night: 0, weekend: 0 },
  policy,
  ...overrides,
});
const amounts = (p: ReturnType<typeof calculatePayslip>): Record<string, number> =>
  Object.fromEntries((p?.lines ?? []).map((l) => [l.code, l.amount]));

describe(calculatePayslip.name, () => {
  it('pays a full month: basic, rules as configured, gross, deductions and net', () => {
    // Basic 3,900,000 / 12 = 325,000. Gross = 325,000 + 2,500 uniform + 0 night = 327,500.
    // Pension 5 % of basic = 16,250; tax 20 % of gross = 65,500; union 1,200: deductions 82,950. Net 244,550.
    const slip = calculatePayslip(input());
    expect(amounts(slip)).toEqual({
      BASIC: 325_000,
      UNIFORM: 2500,
      NIGHT_ENH: 0,
      PENSION: 16_250,
      TAX: 65_500,
      UNION: 1200,
    });
    expect(slip).toMatchObject({ currency: 'EUR', gross: 327_500, deductions: 82_950, net: 244_550 });
  });

  it('pays overtime at the hourly rate times the multiplier, and night hours per the rule', () => {
    // Overtime 5 h × 2,000 × 1.5 = 15,000. Night enhancement 10 h × 300 = 3,000.
    // Gross = 325,000 + 15,000 + 2,500 + 3,000 = 345,500. Pension 16,250 (basic only); tax 20 % × 345,500 = 69,100;
    // union 1,200: deductions 86,550. Net 258,950.
    const slip = calculatePayslip(
      input({ overtime: [{ date: '2027-03-08', minutes: 300 }], minutes: { worked: 0, night: 600, weekend: 0 } }),
    );
    expect(amounts(slip)).toEqual({
      BASIC: 325_000,
      OVERTIME: 15_000,
      UNIFORM: 2500,
      NIGHT_ENH: 3000,
      PENSION: 16_250,
      TAX: 69_100,
      UNION: 1200,
    });
    expect(slip).toMatchObject({ gross: 345_500, deductions: 86_550, net: 258_950 });
  });

  it('deducts unpaid leave at a day of basic pay, part-time', () => {
    // 0.6 FTE: monthly 325,000 × 0.6 = 195,000. A day = 195,000 / 31 = 6,290.3225…; 2 days = 12,580.645… → −12,581.
    // Gross = 195,000 − 12,581 + 2,500 = 184,919. Pension 5 % × 195,000 = 9,750;
    // tax 20 % × 184,919 = 36,983.8 → 36,984; union 1,200: deductions 47,934. Net 136,985.
    const slip = calculatePayslip(
      input({
        terms: [term({ fte: 0.6 })],
        unpaidLeaveDates: ['2027-03-10', '2027-03-11', '2027-03-11', '2027-04-01'],
      }),
    );
    expect(amounts(slip)).toEqual({
      BASIC: 195_000,
      UNPAID_LEAVE: -12_581,
      UNIFORM: 2500,
      NIGHT_ENH: 0,
      PENSION: 9750,
      TAX: 36_984,
      UNION: 1200,
    });
    expect(slip).toMatchObject({ gross: 184_919, deductions: 47_934, net: 136_985 });
  });

  it('pays a mid-period starter pro rata by days', () => {
    // Starts 15 March: 17 of 31 days. Basic 325,000 × 17 / 31 = 178,225.806… → 178,226. Gross 180,726.
    // Pension 5 % × 178,226 = 8,911.3 → 8,911; tax 20 % × 180,726 = 36,145.2 → 36,145; union 1,200:
    // deductions 46,256. Net 134,470.
    const slip = calculatePayslip(input({ terms: [term({ from: '2027-03-15' })] }));
    expect(amounts(slip)).toEqual({
      BASIC: 178_226,
      UNIFORM: 2500,
      NIGHT_ENH: 0,
      PENSION: 8911,
      TAX: 36_145,
      UNION: 1200,
    });
    expect(slip).toMatchObject({ gross: 180_726, deductions: 46_256, net: 134_470 });
  });

  it('splits the month at a pay rise, each term for its own days, and pays later overtime at the new rate', () => {
    // N5 €39,000 for 1–9 March: 325,000 × 9 / 31 = 94,354.838… → 94,355.
    // N6 €42,000 from 10 March: 350,000 × 22 / 31 = 248,387.096… → 248,387. Basic 342,742.
    // Overtime in the week of 15 March at the new rate: 4,200,000 / 1,950 = 2,153.846… an hour
    // × 2 h × 1.5 = 6,461.538… → 6,462.
    // Gross = 342,742 + 6,462 + 2,500 = 351,704. Pension 5 % × 342,742 = 17,137.1 → 17,137;
    // tax 20 % × 351,704 = 70,340.8 → 70,341; union 1,200: deductions 88,678. Net 263,026.
    const rise = term({
      termId: TERM_2,
      from: '2027-03-10',
      payGrade: 'N6',
      annualSalary: { amount: 4_200_000, currency: 'EUR' },
    });
    const slip = calculatePayslip(input({ terms: [term(), rise], overtime: [{ date: '2027-03-15', minutes: 120 }] }));
    expect(slip?.lines.filter((l) => l.code === 'BASIC').map((l) => [l.label, l.amount])).toEqual([
      ['Basic pay, grade N5 (9 of 31 days)', 94_355],
      ['Basic pay, grade N6 (22 of 31 days)', 248_387],
    ]);
    expect(slip).toMatchObject({ gross: 351_704, deductions: 88_678, net: 263_026 });
    expect(amounts(slip)).toMatchObject({ OVERTIME: 6462, PENSION: 17_137, TAX: 70_341 });
  });

  it('pays nobody without a term in force, and refuses a term in another currency', () => {
    expect(calculatePayslip(input({ terms: [term({ from: '2027-04-01' })] }))).toBeNull();
    expect(calculatePayslip(input({ lastDay: '2027-02-28' }))).toBeNull();
    expect(() =>
      calculatePayslip(input({ terms: [term({ annualSalary: { amount: 3_900_000, currency: 'GBP' } })] })),
    ).toThrow('CURRENCY_MISMATCH');
  });

  it('rounds once per line, halves away from zero', () => {
    expect([
      toMinor(exact(25, 2)),
      toMinor(exact(-25, 2)),
      toMinor(exact(249, 100)),
      toMinor(exact(-251, 100)),
    ]).toEqual([13, -13, 2, -3]);
  });
});
