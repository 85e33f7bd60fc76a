import { describe, expect, it } from 'vitest';
import { anyRunning, monthPeriod, previousMonth, progressText } from './pay-periods';

describe('pay periods on the payroll screen', () => {
  it('turns a month into its first and last day, leap years included', () => {
    expect(monthPeriod('2027-03')).toEqual({ from: '2027-03-01', to: '2027-03-31' });
    expect(monthPeriod('2028-02')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(monthPeriod('2027-02')).toEqual({ from: '2027-02-01', to: '2027-02-28' });
    expect(monthPeriod('2027-13')).toBeNull();
    expect(monthPeriod('March')).toBeNull();
  });

  it('suggests last month, across a new year', () => {
    expect(previousMonth('2027-04-02')).toBe('2027-03');
    expect(previousMonth('2027-01-15')).toBe('2026-12');
  });

  it('says how far a run is, and how it ended', () => {
    const base = { run: 2, done: 80, total: 200, percent: 40, error: null };
    expect(progressText({ ...base, status: 'running' })).toBe('Run 2: 40 % (80 of 200)');
    expect(progressText({ ...base, total: 0, done: 0, percent: 0, status: 'running' })).toBe('Run 2: starting');
    expect(progressText({ ...base, status: 'completed' })).toBe('Run 2: completed');
    expect(progressText({ ...base, status: 'failed', error: 'PAY_CURRENCY_MISMATCH' })).toContain(
      'PAY_CURRENCY_MISMATCH',
    );
    expect(anyRunning([{ progress: null }, { progress: { status: 'running' } }])).toBe(true);
    expect(anyRunning([{ progress: { status: 'completed' } }])).toBe(false);
  });
});
