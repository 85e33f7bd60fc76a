import { describe, expect, it } from 'vitest';
import { rosterRows, weekdaysBetween, weekOf } from './roster-grid';

const W = 'ward';
describe('the roster board', () => {
  it('groups people by date and shift, in order', () => {
    const rows = rosterRows([
      { wardId: W, shiftCode: 'L', date: '2027-03-02', employeeId: 'b', skill: 'rn' },
      { wardId: W, shiftCode: 'E', date: '2027-03-02', employeeId: 'a', skill: 'rn' },
      { wardId: W, shiftCode: 'E', date: '2027-03-01', employeeId: 'c', skill: 'hca' },
      { wardId: W, shiftCode: 'E', date: '2027-03-02', employeeId: 'd', skill: 'hca' },
    ]);
    expect(rows.map((r) => [r.date, r.shiftCode, r.people.map((p) => p.employeeId)])).toEqual([
      ['2027-03-01', 'E', ['c']],
      ['2027-03-02', 'E', ['a', 'd']],
      ['2027-03-02', 'L', ['b']],
    ]);
  });

  it('finds the Monday-to-Sunday week of a date', () => {
    expect(weekOf('2027-03-04')).toEqual({ from: '2027-03-01', to: '2027-03-07' });
    expect(weekOf('2027-03-07')).toEqual({ from: '2027-03-01', to: '2027-03-07' });
    expect(weekOf('2027-03-01')).toEqual({ from: '2027-03-01', to: '2027-03-07' });
  });

  it('counts weekdays for a leave request', () => {
    expect(weekdaysBetween('2027-03-01', '2027-03-07')).toBe(5);
    expect(weekdaysBetween('2027-03-06', '2027-03-07')).toBe(0);
    expect(weekdaysBetween('2027-03-05', '2027-03-08')).toBe(2);
  });
});
