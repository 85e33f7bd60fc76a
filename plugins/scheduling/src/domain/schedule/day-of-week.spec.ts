import { dayOfWeekOf } from './day-of-week';

describe(dayOfWeekOf.name, () => {
  it('names the day of the week of a date, Monday to Sunday', () => {
    expect(dayOfWeekOf('2026-03-30')).toBe('monday');
    expect(dayOfWeekOf('2026-04-01')).toBe('wednesday');
    expect(dayOfWeekOf('2026-03-29')).toBe('sunday');
  });
});
