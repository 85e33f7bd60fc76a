import type { ShiftType } from './roster.model';
import { workingWindows } from './working-windows';

const types: ShiftType[] = [
  { wardId: 'ward-3', code: 'E', start: '07:00', end: '15:00', unpaidBreakMinutes: 30, requirements: [] },
  { wardId: 'ward-3', code: 'L', start: '14:30', end: '22:30', unpaidBreakMinutes: 30, requirements: [] },
  { wardId: 'ward-3', code: 'N', start: '22:00', end: '07:30', unpaidBreakMinutes: 30, requirements: [] },
];
const on = (
  employeeId: string,
  shiftCode: string,
  date: string,
): { employeeId: string; wardId: string; shiftCode: string; date: string; skill: string } => ({
  employeeId,
  wardId: 'ward-3',
  shiftCode,
  date,
  skill: 'rn',
});

describe(workingWindows.name, () => {
  it("places each person's shifts in time, joining back-to-back ones, in the hospital's zone", () =>
    // Lisbon is on summer time (UTC+1) in July.
    expect(
      workingWindows(
        [on('rn-2', 'N', '2027-07-02'), on('rn-1', 'L', '2027-07-01'), on('rn-1', 'E', '2027-07-01')],
        types,
        'Europe/Lisbon',
      ),
    ).toEqual([
      {
        employeeId: 'rn-1',
        wardId: 'ward-3',
        date: '2027-07-01',
        start: '2027-07-01T06:00:00.000Z',
        end: '2027-07-01T21:30:00.000Z',
      },
      {
        employeeId: 'rn-2',
        wardId: 'ward-3',
        date: '2027-07-02',
        start: '2027-07-02T21:00:00.000Z',
        end: '2027-07-03T06:30:00.000Z',
      },
    ]));
});
