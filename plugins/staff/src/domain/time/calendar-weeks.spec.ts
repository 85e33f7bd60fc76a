import { daysInclusive, isWeekend, weekStartOf } from './calendar-weeks';

describe('calendar weeks', () => {
  it('counts the days of a range, both ends included', () => {
    expect(daysInclusive('2026-03-27', '2026-03-27')).toBe(1);
    // Across Lisbon's spring change: calendar days, not 24-hour periods.
    expect(daysInclusive('2026-03-27', '2026-04-02')).toBe(7);
    expect(daysInclusive('2026-04-02', '2026-03-27')).toBe(0);
  });

  it('starts a week on its Monday and knows the weekend', () => {
    expect(weekStartOf('2026-04-01')).toBe('2026-03-30');
    expect(weekStartOf('2026-03-30')).toBe('2026-03-30');
    expect(weekStartOf('2026-04-05')).toBe('2026-03-30');
    expect([isWeekend('2026-04-03'), isWeekend('2026-04-04'), isWeekend('2026-04-05')]).toEqual([false, true, true]);
  });
});
