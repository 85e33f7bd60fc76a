import { placeShift } from './shift-instance';
import type { ShiftType } from './roster.model';

const night: ShiftType = {
  wardId: 'w',
  code: 'N',
  start: '20:00',
  end: '08:00',
  unpaidBreakMinutes: 30,
  requirements: [],
};

describe(placeShift.name, () => {
  it('counts real hours across a clock change: a night is 13 h when the clocks go back, 11 h when they go forward', () => {
    expect(placeShift(night, '2027-10-30', 'Europe/London')).toMatchObject({
      hours: 12.5,
      lastDate: '2027-10-31',
      night: true,
      weekend: true,
      week: '2027-10-25',
    });
    expect(placeShift(night, '2027-03-27', 'Europe/London').hours).toBe(10.5);
    expect(placeShift(night, '2027-03-20', 'Europe/London').hours).toBe(11.5);
  });

  it('places wall-clock times in the zone: 07:00 in Lisbon is 06:00Z in summer', () => {
    const early: ShiftType = { ...night, code: 'E', start: '07:00', end: '15:00' };
    expect(new Date(placeShift(early, '2027-07-01', 'Europe/Lisbon').start).toISOString()).toBe(
      '2027-07-01T06:00:00.000Z',
    );
    expect(placeShift(early, '2027-07-01', 'Europe/Lisbon')).toMatchObject({ lastDate: '2027-07-01', night: false });
  });
});
