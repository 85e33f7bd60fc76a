import { describe, expect, it } from 'vitest';
import { financeFigures, formatMajor, monthToDate, type ReportLine } from './finance-figures';

const line = (fields: Partial<Record<string, string | number | null>>): ReportLine => ({
  section: '',
  measure: '',
  subject: '',
  period: '',
  value: null,
  numerator: null,
  denominator: null,
  note: '',
  ...fields,
});

describe('the finance dashboard figures', () => {
  it('asks the report for the month so far', () => {
    expect(monthToDate('2026-03-17')).toEqual({ from: '2026-03-01', to: '2026-03-17' });
  });

  it('reads revenue, ageing, collections, days to payment and denial rates out of the report lines', () => {
    const figures = financeFigures([
      line({ measure: 'revenue by category', subject: 'consultation', value: 1500.1, note: 'KES; numerator: charges' }),
      line({ measure: 'revenue by category', subject: 'bed-day', value: 4000.2, note: 'KES; numerator: charges' }),
      line({ measure: 'revenue by payer', subject: 'self-pay', value: 5500.3, note: 'KES; the payer’s…' }),
      line({ measure: 'owed', subject: '0–30 days', value: 700, numerator: 2, note: 'KES; numerator: invoices' }),
      line({ measure: 'owed', subject: 'over 90 days', value: 0, numerator: 0, note: 'KES; numerator: invoices' }),
      line({ measure: 'collected', period: '2026-03-01', value: 800, note: 'KES' }),
      line({ measure: 'average days to payment', value: 3.5, denominator: 4 }),
      line({ measure: 'denial rate (%)', subject: 'payer-1', value: 25, numerator: 1, denominator: 4 }),
    ]);
    expect(figures.revenue).toEqual([{ currency: 'KES', amount: 5500.3 }]);
    expect(figures.ageing).toEqual([
      { band: '0–30 days', currency: 'KES', amount: 700, invoices: 2 },
      { band: 'over 90 days', currency: 'KES', amount: 0, invoices: 0 },
    ]);
    expect(figures.collected).toEqual([{ currency: 'KES', amount: 800 }]);
    expect(figures.daysToPayment).toBe(3.5);
    expect(figures.denials).toEqual([{ payerId: 'payer-1', rate: 25, denied: 1, decided: 4 }]);
    expect(figures.unavailable).toBeNull();
  });

  it('says so when billing is off, and shows no figure that could be taken for a zero', () => {
    const figures = financeFigures([
      line({
        section: 'Revenue per period and department',
        measure: 'not available',
        note: 'the billing plugin is not enabled',
      }),
      line({ measure: 'owed', value: 0, note: 'no invoice is owed' }),
    ]);
    expect(figures.unavailable).toBe('Billing figures are not available: the billing plugin is not enabled.');
    expect(figures.ageing).toEqual([]);
    expect(figures.revenue).toEqual([]);
  });

  it('prints major units with the currency’s digits', () => {
    expect(formatMajor(1234567.5, 'KES')).toBe('1,234,567.50 KES');
    expect(formatMajor(1500, 'UGX')).toBe('1,500 UGX');
  });
});
