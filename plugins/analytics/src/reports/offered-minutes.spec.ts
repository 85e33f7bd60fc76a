import { offeredMinutes } from './offered-minutes';

const MORNINGS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'].map((dayOfWeek) => ({
  dayOfWeek,
  start: '09:00',
  end: '12:30',
}));

describe(offeredMinutes.name, () => {
  it('adds up the windows of each day’s weekday, both ends of the period included', () => {
    // 2026-01-05 is a Monday: Monday to Sunday is five mornings of 210 minutes.
    expect(offeredMinutes(MORNINGS, [], '2026-01-05', '2026-01-11')).toBe(5 * 210);
    expect(offeredMinutes(MORNINGS, [], '2026-01-10', '2026-01-11')).toBe(0);
  });

  it('leaves out the days away, and adds two windows of one day', () => {
    const split = [...MORNINGS, { dayOfWeek: 'monday', start: '14:00', end: '15:00' }];
    expect(offeredMinutes(split, [{ from_day: '2026-01-06', to_day: '2026-01-07' }], '2026-01-05', '2026-01-09')).toBe(
      3 * 210 + 60,
    );
  });
});
