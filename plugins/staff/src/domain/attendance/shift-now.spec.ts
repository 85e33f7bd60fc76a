import { shiftNow } from './shift-now';

const at = (iso: string): number => Date.parse(iso);
const early = { start: at('2027-03-01T07:00:00Z'), end: at('2027-03-01T15:00:00Z') };
const rules = { lateGraceMinutes: 5, overtimeAfterMinutes: 15 };

describe('a shift under way, as the ward manager sees it now', () => {
  it('is upcoming before it starts, and within the grace period without a clock-in', () => {
    expect(shiftNow(early, null, rules, at('2027-03-01T06:30:00Z'))).toEqual({ status: 'upcoming', lateMinutes: 0 });
    expect(shiftNow(early, null, rules, at('2027-03-01T07:05:00Z'))).toEqual({ status: 'upcoming', lateMinutes: 0 });
  });

  it('is not clocked in, late by the minutes so far, once the grace period is over', () => {
    expect(shiftNow(early, null, rules, at('2027-03-01T07:06:00Z'))).toEqual({
      status: 'not-clocked-in',
      lateMinutes: 6,
    });
    expect(shiftNow(early, null, rules, at('2027-03-01T09:00:00Z'))).toEqual({
      status: 'not-clocked-in',
      lateMinutes: 120,
    });
  });

  it('is on shift once clocked in: on time within the grace period, late after it', () => {
    expect(shiftNow(early, at('2027-03-01T06:50:00Z'), rules, at('2027-03-01T09:00:00Z'))).toEqual({
      status: 'on-shift',
      lateMinutes: 0,
    });
    expect(shiftNow(early, at('2027-03-01T07:20:00Z'), rules, at('2027-03-01T09:00:00Z'))).toEqual({
      status: 'on-shift',
      lateMinutes: 20,
    });
  });
});
