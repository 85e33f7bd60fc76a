import { randomUUID } from 'node:crypto';
import type { TimedEvent } from './synthetic-stays';

const MINUTE = 60_000;
const DAY = 86_400_000;
/** Monday to Friday, 08:00–12:00 and 13:00–17:00 UTC: 16 half-hour slots a day. */
export const CLINIC_WINDOWS = (['monday', 'tuesday', 'wednesday', 'thursday', 'friday'] as const).flatMap(
  (dayOfWeek) => [
    { dayOfWeek, start: '08:00', end: '12:00', location: 'Outpatients' },
    { dayOfWeek, start: '13:00', end: '17:00', location: 'Outpatients' },
  ],
);
const SLOT_STARTS = [480, 510, 540, 570, 600, 630, 660, 690, 780, 810, 840, 870, 900, 930, 960, 990];

const iso = (t: number) => new Date(t).toISOString();
const appointmentStream = (id: string) => `patient.appointment-${id}`;

/**
 * One day of one practitioner's clinic: about 60 % of the 16 slots booked (on a weekday the practitioner is not
 * away). A slot in the past ends completed (checked in first, 78 %), no-show (8 %) or cancelled (14 %); one from
 * `now` on stays booked.
 */
export function clinicDay(
  practitionerId: string,
  day: number,
  now: number,
  patients: readonly string[],
  random: () => number,
): TimedEvent[] {
  const weekday = new Date(day).getUTCDay();
  if (weekday === 0 || weekday === 6) return [];
  const out: TimedEvent[] = [];
  for (const minute of SLOT_STARTS) {
    if (random() >= 0.6) continue;
    const appointmentId = randomUUID();
    const patientId = patients[Math.floor(random() * patients.length)]!;
    const startsAt = day + minute * MINUTE;
    const stream = appointmentStream(appointmentId);
    const bookedAt = startsAt - (1 + Math.floor(random() * 20)) * DAY;
    out.push({
      at: startsAt - DAY,
      streamId: stream,
      event: {
        type: 'patient.AppointmentBooked',
        data: {
          appointmentId,
          patientId,
          practitionerId,
          type: 'consultation',
          startsAt: iso(startsAt),
          endsAt: iso(startsAt + 30 * MINUTE),
          location: 'Outpatients',
          bookedAt: iso(bookedAt),
        },
      },
    });
    if (startsAt + 30 * MINUTE > now) continue;
    const roll = random();
    if (roll < 0.78) {
      out.push({
        at: startsAt,
        streamId: stream,
        event: { type: 'patient.AppointmentCheckedIn', data: { appointmentId, patientId, checkedInAt: iso(startsAt) } },
      });
      out.push({
        at: startsAt + 25 * MINUTE,
        streamId: stream,
        event: {
          type: 'patient.AppointmentCompleted',
          data: { appointmentId, patientId, completedAt: iso(startsAt + 25 * MINUTE) },
        },
      });
    } else if (roll < 0.86) {
      out.push({
        at: startsAt + 15 * MINUTE,
        streamId: stream,
        event: {
          type: 'patient.AppointmentNoShowRecorded',
          data: { appointmentId, patientId, recordedAt: iso(startsAt + 15 * MINUTE) },
        },
      });
    } else {
      out.push({
        at: startsAt - DAY / 2,
        streamId: stream,
        event: {
          type: 'patient.AppointmentCancelled',
          data: { appointmentId, patientId, reason: 'patient-request', cancelledAt: iso(startsAt - DAY / 2) },
        },
      });
    }
  }
  return out;
}
