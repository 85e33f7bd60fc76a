import { placeShift } from '../roster/shift-instance';
import type { ShiftType } from '../roster/roster.model';
import { attendanceByWeek, attendanceOfShifts, type AttendanceInput, type RosteredTime } from './attendance';

const ZONE = 'Europe/London'; // GMT in early March: wall clock = UTC
const early: ShiftType = {
  wardId: 'w',
  code: 'E',
  start: '07:00',
  end: '15:00',
  unpaidBreakMinutes: 30,
  requirements: [],
};
const rostered = (date: string): RosteredTime => {
  const s = placeShift(early, date, ZONE);
  return { key: s.key, date, start: s.start, end: s.end, unpaidBreakMinutes: 30, night: s.night, weekend: s.weekend };
};
const at = (iso: string): number => Date.parse(iso);
const input = (overrides: Partial<AttendanceInput> = {}): AttendanceInput => ({
  shifts: ['2027-03-01', '2027-03-02', '2027-03-03', '2027-03-04', '2027-03-08'].map(rostered),
  sessions: [
    { start: at('2027-03-01T07:12:00Z'), end: at('2027-03-01T15:40:00Z') }, // 12 min late, 40 min past the end
    { start: at('2027-03-04T06:58:00Z'), end: at('2027-03-04T14:50:00Z') }, // on time, left 10 min early
    { start: at('2027-03-06T10:00:00Z'), end: at('2027-03-06T14:00:00Z') }, // Saturday, not rostered
  ],
  leaveDates: new Set(['2027-03-03']),
  contractedWeeklyHours: 22.5,
  rules: { lateGraceMinutes: 5, overtimeAfterMinutes: 15 },
  timeZone: ZONE,
  asOf: at('2027-03-07T00:00:00Z'),
  ...overrides,
});

describe('attendance against the roster', () => {
  it('marks each shift worked (late, early, overtime past the threshold), absent, on leave or upcoming', () => {
    expect(attendanceOfShifts(input()).map(({ key: _key, ...rest }) => rest)).toEqual([
      // 07:12–15:40 = 508 min less the 30-min break = 478 worked.
      { status: 'worked', lateMinutes: 12, leftEarlyMinutes: 0, overtimeMinutes: 40, workedMinutes: 478 },
      { status: 'absent' },
      { status: 'on-leave' },
      // 06:58–14:50 = 472 − 30 = 442.
      { status: 'worked', lateMinutes: 0, leftEarlyMinutes: 10, overtimeMinutes: 0, workedMinutes: 442 },
      { status: 'upcoming' },
    ]);
  });

  it('does not count a few minutes past the end, or a few minutes late within the grace', () => {
    const [first] = attendanceOfShifts(
      input({ sessions: [{ start: at('2027-03-01T07:04:00Z'), end: at('2027-03-01T15:15:00Z') }] }),
    );
    expect(first).toMatchObject({ status: 'worked', lateMinutes: 0, overtimeMinutes: 0 });
  });

  it('counts weekly overtime once: the larger of shift overtime and hours beyond the contract', () => {
    // Week of 1 March: 478 + 442 + 240 unrostered = 1,160 min. Contract 22.5 h = 1,350 min: nothing beyond it, so
    // the week's overtime is the 40 minutes past a shift's end.
    expect(attendanceByWeek(input())).toEqual([
      {
        week: '2027-03-01',
        workedMinutes: 1160,
        contractedMinutes: 1350,
        overtimeMinutes: 40,
        nightMinutes: 0,
        weekendMinutes: 0,
        bankHolidayMinutes: 0,
      },
    ]);
    // On a 15 h contract (900 min) the same week is 260 min beyond the contract, which includes the 40.
    expect(attendanceByWeek(input({ contractedWeeklyHours: 15 }))[0]).toMatchObject({ overtimeMinutes: 260 });
  });

  it('counts the minutes worked on shifts starting on a bank holiday, and nothing for one not worked', () => {
    // 1 March worked 478 minutes; 2 March absent; 3 March on leave; 6 March unrostered (not a shift).
    const holidays = new Set(['2027-03-01', '2027-03-02', '2027-03-03', '2027-03-06']);
    expect(attendanceByWeek(input({ bankHolidays: holidays }))[0]).toMatchObject({ bankHolidayMinutes: 478 });
  });

  it('counts a double shift clocked as one session once', () => {
    const lateShift: ShiftType = { ...early, code: 'L', start: '15:00', end: '23:00' };
    const placed = placeShift(lateShift, '2027-03-01', ZONE);
    const late: RosteredTime = {
      key: placed.key,
      date: '2027-03-01',
      start: placed.start,
      end: placed.end,
      unpaidBreakMinutes: 30,
      night: false,
      weekend: false,
    };
    // 07:00–23:00 is 960 minutes, less two 30-minute breaks: 900; each shift 450, neither overtime.
    const double = input({
      shifts: [rostered('2027-03-01'), late],
      sessions: [{ start: at('2027-03-01T07:00:00Z'), end: at('2027-03-01T23:00:00Z') }],
    });
    expect(
      attendanceOfShifts(double).map((a) => (a.status === 'worked' ? [a.workedMinutes, a.overtimeMinutes] : a.status)),
    ).toEqual([
      [450, 0],
      [450, 0],
    ]);
    const week = attendanceByWeek(
      input({
        shifts: [rostered('2027-03-01'), late],
        sessions: [{ start: at('2027-03-01T07:00:00Z'), end: at('2027-03-01T23:00:00Z') }],
      }),
    );
    expect(week).toEqual([
      {
        week: '2027-03-01',
        workedMinutes: 900,
        contractedMinutes: 1350,
        overtimeMinutes: 0,
        nightMinutes: 0,
        weekendMinutes: 0,
        bankHolidayMinutes: 0,
      },
    ]);
  });
});
