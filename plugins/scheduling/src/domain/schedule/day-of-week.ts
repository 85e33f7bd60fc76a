import { isoWeekday } from '@hms/sdk';
import { DAYS_OF_WEEK, type DayOfWeek } from '../../contracts/schemas';

/** The day of the week a date (YYYY-MM-DD) falls on, as a schedule names it. */
export function dayOfWeekOf(date: string): DayOfWeek {
  // DAYS_OF_WEEK starts on Monday, as ISO weekdays do.
  return DAYS_OF_WEEK[isoWeekday(date) - 1] as DayOfWeek;
}
