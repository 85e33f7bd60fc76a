import type { AppointmentView } from '$lib/api/types';
import { addDays, startOfDay } from './calendar';

/** Whose calendars the home's "today" list shows, and whether they are the signed-in person's own. */
export interface TodayCalendars {
  readonly mine: boolean;
  readonly practitionerIds: readonly string[];
}

/**
 * A practitioner sees their own day (their account id, or their employee id when the staff plugin names them, is a
 * calendar); anyone else who books sees every calendar's arrivals; someone with neither sees nothing.
 */
export function calendarsForToday(
  calendars: readonly string[],
  myIds: readonly string[],
  canBook: boolean,
): TodayCalendars {
  const own = calendars.filter((id) => myIds.includes(id));
  if (own.length > 0) return { mine: true, practitionerIds: own };
  return { mine: false, practitionerIds: canBook ? [...calendars] : [] };
}

/** Today in the computer's time zone, as the instants the appointment list takes ([from, to)). */
export function todayRange(now: Date): { from: string; to: string } {
  const start = startOfDay(now);
  return { from: start.toISOString(), to: addDays(start, 1).toISOString() };
}

/** Several calendars' lists as one, by start time; cancelled ones left out (nobody is coming). */
export function arrivalsOf(lists: readonly (readonly AppointmentView[])[]): AppointmentView[] {
  return lists
    .flat()
    .filter((appointment) => appointment.status !== 'cancelled')
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.id.localeCompare(b.id));
}

/** Where the widget remembers which calendars it shows (practitioner ids only), for an offline reload. */
export const CALENDARS = 'hms.today.calendars';

export function rememberedCalendars(): TodayCalendars | null {
  try {
    const value = JSON.parse(localStorage.getItem(CALENDARS) ?? 'null') as TodayCalendars | null;
    return value && Array.isArray(value.practitionerIds) ? value : null;
  } catch {
    return null;
  }
}
