import { api } from '$lib/api/client';
import type { AppointmentView } from '$lib/api/types';
import { addDays, startOfDay } from './calendar';

/**
 * A second appointment the same day is usually a mistake at the desk (the patient booked twice), sometimes on
 * purpose (a blood test before the consultation): so it is shown before booking, and booking stays possible.
 * A cancelled or missed appointment does not count (booking again is what the desk is there to do).
 * "The same day" is the local day of this computer, as the calendar shows it; any practitioner's calendar counts.
 */
export function sameDayAppointments(appointments: readonly AppointmentView[], startsAt: string): AppointmentView[] {
  const day = startOfDay(new Date(startsAt)).getTime();
  return appointments
    .filter(
      (a) => a.status !== 'cancelled' && a.status !== 'no-show' && startOfDay(new Date(a.startsAt)).getTime() === day,
    )
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
}

/** The patient's appointments on the day of `startsAt`, or none when the server cannot be asked (offline). */
export async function findSameDay(patientId: string, startsAt: string): Promise<AppointmentView[]> {
  const day = startOfDay(new Date(startsAt));
  try {
    const { data } = await api.GET('/api/appointments', {
      params: { query: { patientId, from: day.toISOString(), to: addDays(day, 1).toISOString() } },
    });
    return sameDayAppointments(data?.items ?? [], startsAt);
  } catch {
    return []; // offline: the booking is queued; the server does not refuse a second appointment either
  }
}
