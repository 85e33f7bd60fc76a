import { addDays, handleQuery, localDateOf, toIso } from '@hms/sdk';
import { APPOINTMENT_READ } from '../contracts/permissions';
import { ListAppointmentsToRebook, type AppointmentsToRebook } from '../contracts/rebooking';
import { scheduleDecider } from '../domain/schedule/schedule.decider';
import { scheduleStream } from '../domain/schedule/schedule.stream';
import { listAppointmentViews } from '../projections/appointments.read';
import { awayAt, staffDaysOff } from './staff-availability';

/**
 * The bookings an approval of leave, a lapsed licence or a roster that leaves them outside the practitioner's
 * hours hits, for the desk to rebook: the booked appointments
 * of the coming days (up to 1,000), each practitioner's days off from staff in one ask, then the overlap. Lists
 * patient ids, so every patient listed is audited.
 */
export const listAppointmentsToRebookHandler = handleQuery(ListAppointmentsToRebook, {
  permission: APPOINTMENT_READ,
  auditPatient: (_params, answer: AppointmentsToRebook | undefined) => answer?.items.map((a) => a.patientId),
  async handle({ practitionerId, days }, ctx): Promise<AppointmentsToRebook> {
    if (!ctx.isEnabled('staff')) return { items: [] };
    const now = Date.parse(ctx.now);
    const booked = await listAppointmentViews(ctx.sql, {
      practitionerId,
      from: ctx.now,
      to: toIso(now + days * 86_400_000),
      status: 'booked',
    });
    const timeZones = new Map<string, string>();
    for (const id of new Set(booked.map((a) => a.practitionerId))) {
      const { state } = await ctx.streams.load(scheduleStream(id), scheduleDecider);
      if (state.status === 'defined') timeZones.set(id, state.timeZone);
    }
    // A day either side: local dates in any time zone of the window.
    const today = ctx.now.slice(0, 10);
    const daysOff = await staffDaysOff(ctx, [...timeZones.keys()], addDays(today, -1), addDays(today, days + 1));
    const items = booked.flatMap((appointment) => {
      const timeZone = timeZones.get(appointment.practitionerId);
      if (timeZone === undefined) return [];
      const slot = { start: Date.parse(appointment.startsAt), end: Date.parse(appointment.endsAt) };
      const reason = awayAt(daysOff, appointment.practitionerId, slot, timeZone);
      if (reason === undefined) return [];
      return [{ ...appointment, away: { date: localDateOf(slot.start, timeZone), reason } }];
    });
    return { items };
  },
});
