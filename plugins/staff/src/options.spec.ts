import { hospitalToday, staffRules } from './options';

describe('staff plugin options', () => {
  it('states every default', () => {
    expect(staffRules({})).toEqual({
      timeZone: 'UTC',
      lateGraceMinutes: 5,
      overtimeAfterMinutes: 15,
      minRestHours: 11,
      maxWeeklyHours: 48,
      fairnessTolerance: 1,
      annualLeaveDays: 27,
      studyLeaveDays: 5,
      maxCarryOverDays: 5,
      bankHolidays: [],
      licenceAlertRole: 'hr-officer',
      licenceReminderDays: [60, 30, 7],
    });
  });

  it('keeps what the hospital gives and refuses a value out of range, naming the option', () => {
    expect(staffRules({ minRestHours: 12, timeZone: 'Europe/Lisbon' })).toMatchObject({
      minRestHours: 12,
      timeZone: 'Europe/Lisbon',
      maxWeeklyHours: 48,
    });
    expect(() => staffRules({ lateGraceMinutes: -1 })).toThrow(/lateGraceMinutes/);
    expect(() => staffRules({ timeZone: 'Mars/Olympus' })).toThrow(/timeZone/);
    expect(() => staffRules({ licenceReminderDays: [] })).toThrow(/licenceReminderDays/);
    expect(() => staffRules({ licenceAlertRole: 'HR Officer' })).toThrow(/licenceAlertRole/);
    expect(() => staffRules({ bankHolidays: ['25/12/2027'] })).toThrow(/bankHolidays/);
  });

  it('says what today is in the hospital’s time zone', () => {
    expect(hospitalToday('2027-03-01T23:30:00.000Z', { timeZone: 'UTC' })).toBe('2027-03-01');
    expect(hospitalToday('2027-03-01T23:30:00.000Z', { timeZone: 'Asia/Tokyo' })).toBe('2027-03-02');
  });
});
