import { describe, expect, it } from 'vitest';
import { attendanceRows, attendanceTotals, hoursText } from './attendance-rows';

const shift = (date: string, shiftCode: string, status: 'worked' | 'absent' | 'on-leave' | 'upcoming', late = 0) => ({
  date,
  shiftCode,
  status,
  lateMinutes: late,
  leftEarlyMinutes: 0,
  overtimeMinutes: status === 'worked' ? 20 : 0,
  workedMinutes: status === 'worked' ? 480 : 0,
});

describe("a ward's attendance", () => {
  const rows = attendanceRows([
    { employeeId: 'b', name: 'Bea', shifts: [shift('2027-03-02', 'E', 'absent'), shift('2027-03-01', 'L', 'worked')] },
    {
      employeeId: 'a',
      name: 'Ana',
      shifts: [shift('2027-03-01', 'L', 'worked', 12), shift('2027-03-03', 'E', 'on-leave')],
    },
  ]);

  it('lists shifts by date, shift and name', () => {
    expect(rows.map((r) => [r.date, r.shiftCode, r.name])).toEqual([
      ['2027-03-01', 'L', 'Ana'],
      ['2027-03-01', 'L', 'Bea'],
      ['2027-03-02', 'E', 'Bea'],
      ['2027-03-03', 'E', 'Ana'],
    ]);
  });

  it('counts absences, late starts and overtime', () => {
    expect(attendanceTotals(rows)).toEqual({ absent: 1, late: 1, overtimeMinutes: 40 });
    expect(hoursText(65)).toBe('1 h 05');
    expect(hoursText(0)).toBe('');
  });
});
