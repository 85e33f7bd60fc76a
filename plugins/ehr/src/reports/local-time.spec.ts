import { calendarDate, localDateTime } from './local-time';

describe(localDateTime.name, () => {
  it("prints an instant on the hospital's clock, with the month as a word", () => {
    expect(localDateTime('2026-03-02T08:05:00.000Z', 'UTC')).toBe('2 Mar 2026, 08:05');
    expect(localDateTime('2026-07-01T23:30:00.000Z', 'Europe/Lisbon')).toBe('2 Jul 2026, 00:30');
    expect(localDateTime('2026-03-02T08:05:00.000Z', 'America/New_York')).toBe('2 Mar 2026, 03:05');
  });

  it('prints a birth date as the calendar date it is, whatever the zone', () => {
    expect(calendarDate('1961-07-14')).toBe('14 Jul 1961');
  });
});
