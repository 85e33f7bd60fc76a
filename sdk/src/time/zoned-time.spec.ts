import { addDays, datesBetween, isoWeekday, localDateOf, offsetAt, zonedInstant } from './zoned-time';

const iso = (instant: number): string => new Date(instant).toISOString();

describe('zoned time', () => {
  it('places Lisbon wall-clock times on the right instants either side of the March change', () => {
    expect(iso(zonedInstant('2026-03-27', '09:00', 'Europe/Lisbon'))).toBe('2026-03-27T09:00:00.000Z');
    expect(iso(zonedInstant('2026-03-30', '09:00', 'Europe/Lisbon'))).toBe('2026-03-30T08:00:00.000Z');
    expect(offsetAt(Date.parse('2026-03-29T00:59:00Z'), 'Europe/Lisbon')).toBe(0);
    expect(offsetAt(Date.parse('2026-03-29T01:00:00Z'), 'Europe/Lisbon')).toBe(3_600_000);
  });

  it('moves a time skipped by the spring change forward by the gap', () => {
    expect(iso(zonedInstant('2026-03-29', '01:30', 'Europe/Lisbon'))).toBe('2026-03-29T01:30:00.000Z');
    expect(iso(zonedInstant('2026-03-29', '02:00', 'Europe/Lisbon'))).toBe('2026-03-29T01:00:00.000Z');
  });

  it('takes the first of a time that happens twice at the autumn change', () => {
    expect(iso(zonedInstant('2026-10-25', '01:30', 'Europe/Lisbon'))).toBe('2026-10-25T00:30:00.000Z');
    expect(iso(zonedInstant('2026-10-25', '03:00', 'Europe/Lisbon'))).toBe('2026-10-25T03:00:00.000Z');
  });

  it('works for zones far from UTC and on the southern hemisphere’s calendar', () => {
    expect(iso(zonedInstant('2026-01-05', '09:00', 'America/Sao_Paulo'))).toBe('2026-01-05T12:00:00.000Z');
    expect(iso(zonedInstant('2026-04-06', '08:00', 'Australia/Sydney'))).toBe('2026-04-05T22:00:00.000Z');
    expect(iso(zonedInstant('2026-01-05', '09:00', 'Asia/Kolkata'))).toBe('2026-01-05T03:30:00.000Z');
  });

  it('tells the local date of an instant, and the ISO weekday of a date', () => {
    expect(localDateOf(Date.parse('2026-04-05T22:30:00Z'), 'Australia/Sydney')).toBe('2026-04-06');
    expect(localDateOf(Date.parse('2026-03-29T23:30:00Z'), 'Europe/Lisbon')).toBe('2026-03-30');
    expect(isoWeekday('2026-03-30')).toBe(1);
    expect(isoWeekday('2026-03-29')).toBe(7);
  });

  it('steps calendar dates across month, year and clock changes', () => {
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(datesBetween('2026-10-24', '2026-10-26')).toEqual(['2026-10-24', '2026-10-25', '2026-10-26']);
    expect(datesBetween('2026-10-26', '2026-10-24')).toEqual([]);
  });
});
