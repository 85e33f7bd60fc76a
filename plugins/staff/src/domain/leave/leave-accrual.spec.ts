import { term, TERM_2 } from '../../../test/builders';
import { accruedLeaveDays, DEFAULT_LEAVE_POLICY } from './leave-accrual';

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
