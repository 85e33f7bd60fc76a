import { streamId } from '@hms/sdk';

const DAY_MS = 86_400_000;

// Stream ids keep their 1.x `patient.` prefix (docs/scheduling.md): the stored streams go on.
/**
 * The slot lock of one practitioner on one UTC day: `'patient.practitioner-day-<uuid>-<YYYY-MM-DD>'`. Every booking
 * appends to the day streams its interval touches, so two bookings that overlap meet on at least one stream,
 * whose optimistic concurrency lets only one of them through. UTC days (not the schedule's local days) keep the
 * lock correct whatever time zone the schedule has, or changes to.
 */
export const practitionerDayStream = (practitionerId: string, day: string): string =>
  streamId('patient', 'practitioner-day', `${practitionerId}-${day}`);

/** The UTC days an interval [start, end) touches: one, or two when it crosses midnight UTC. */
export function daysTouched(startsAt: string, endsAt: string): string[] {
  const first = Math.floor(Date.parse(startsAt) / DAY_MS);
  const last = Math.floor((Date.parse(endsAt) - 1) / DAY_MS);
  const days: string[] = [];
  for (let day = first; day <= last; day++) days.push(new Date(day * DAY_MS).toISOString().slice(0, 10));
  return days;
}
