import { term, TERM_2 } from '../../../test/builders';
import { accruedLeaveDays, carriedOverDays, DEFAULT_LEAVE_POLICY } from './leave-accrual';

const YEAR = { from: '2027-01-01', to: '2027-12-31' };

describe(accruedLeaveDays.name, () => {
  it('earns a twelfth of the yearly days per completed month of service', () => {
    // 27 days a year full time: 27 / 12 = 2.25 a month; on 31 March three months are complete.
    expect(accruedLeaveDays([term()], DEFAULT_LEAVE_POLICY, 'annual', YEAR, '2027-03-31')).toBe(6.75);
    expect(accruedLeaveDays([term()], DEFAULT_LEAVE_POLICY, 'annual', YEAR, '2027-03-30')).toBe(4.5);
    expect(accruedLeaveDays([term()], DEFAULT_LEAVE_POLICY, 'annual', YEAR, '2027-12-31')).toBe(27);
  });

  it('is pro rata to FTE, month by month, and counts from the first day of service', () => {
    // Starts 15 March at 0.6 FTE, goes full time from 15 June. By 14 August: months from 15 Mar, 15 Apr, 15 May at
    // 0.6 (3 × 2.25 × 0.6 = 4.05) and from 15 Jun, 15 Jul at 1.0 (2 × 2.25 = 4.5): 8.55 days.
    const terms = [term({ from: '2027-03-15', fte: 0.6 }), term({ termId: TERM_2, from: '2027-06-15' })];
    expect(accruedLeaveDays(terms, DEFAULT_LEAVE_POLICY, 'annual', YEAR, '2027-08-14')).toBe(8.55);
  });

  it('gives no balance for types without one', () =>
    expect(accruedLeaveDays([term()], DEFAULT_LEAVE_POLICY, 'sick', YEAR, '2027-12-31')).toBe(0));
});

describe(carriedOverDays.name, () => {
  const LAST_YEAR = { from: '2026-01-01', to: '2026-12-31' };
  const since2026 = [term({ from: '2026-01-01' })];

  it('carries what was not booked last year, up to the limit', () => {
    // Earned 27 in 2026, booked 24: 3 carry. Booked 20: 7 unused, 5 carry (the limit).
    expect(carriedOverDays(since2026, DEFAULT_LEAVE_POLICY, 'annual', LAST_YEAR, 24, 5)).toBe(3);
    expect(carriedOverDays(since2026, DEFAULT_LEAVE_POLICY, 'annual', LAST_YEAR, 20, 5)).toBe(5);
    expect(carriedOverDays(since2026, DEFAULT_LEAVE_POLICY, 'annual', LAST_YEAR, 30, 5)).toBe(0);
  });

  it('carries nothing for a starter this year, for study leave, or when the hospital allows none', () => {
    expect(carriedOverDays([term({ from: '2027-02-01' })], DEFAULT_LEAVE_POLICY, 'annual', LAST_YEAR, 0, 5)).toBe(0);
    expect(carriedOverDays(since2026, DEFAULT_LEAVE_POLICY, 'study', LAST_YEAR, 0, 5)).toBe(0);
    expect(carriedOverDays(since2026, DEFAULT_LEAVE_POLICY, 'annual', LAST_YEAR, 0, 0)).toBe(0);
  });

  it('counts a part year at the FTE of each month: a 0.5 starter on 1 July 2026 earned 6.75, booked 2', () => {
    // 6 months × 2.25 × 0.5 = 6.75 earned; 4.75 unused, capped at 5: 4.75.
    const terms = [term({ from: '2026-07-01', fte: 0.5 })];
    expect(carriedOverDays(terms, DEFAULT_LEAVE_POLICY, 'annual', LAST_YEAR, 2, 5)).toBe(4.75);
  });
});
