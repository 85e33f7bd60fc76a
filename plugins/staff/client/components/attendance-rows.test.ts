import { describe, expect, it } from 'vitest';
import { attendancePeriod, hoursText } from './attendance-rows';

describe("a ward's attendance on the screen", () => {
  it('writes minutes as hours and minutes, blank for none', () => {
    expect(hoursText(65)).toBe('1 h 05');
    expect(hoursText(0)).toBe('');
  });

  it('asks for one day, or the Monday-to-Sunday week of the date', () => {
    expect(attendancePeriod('2027-03-17', 'day')).toEqual({ from: '2027-03-17', to: '2027-03-17' });
    expect(attendancePeriod('2027-03-17', 'week')).toEqual({ from: '2027-03-15', to: '2027-03-21' });
    expect(attendancePeriod('2027-03-21', 'week')).toEqual({ from: '2027-03-15', to: '2027-03-21' });
    expect(attendancePeriod('2027-03-15', 'week')).toEqual({ from: '2027-03-15', to: '2027-03-21' });
  });
});
